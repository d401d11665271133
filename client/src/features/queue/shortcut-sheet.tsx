import { Dialog } from '../../components/dialog';
import { reasonKeys, reasonLabel, shortcutList } from './keyboard-map';

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcut-table" data-testid="shortcut-sheet">
        <caption className="visually-hidden">Queue shortcuts</caption>
        <tbody>
          {shortcutList.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Reject reasons</h3>
      <ul className="reason-list">
        {reasonKeys.map((r) => (
          <li key={r.key}>
            <kbd>{r.key}</kbd> {reasonLabel(r.reason)}
          </li>
        ))}
      </ul>
      <p className="muted">Shortcuts are off while you type in a field; Esc leaves the field.</p>
    </Dialog>
  );
}
