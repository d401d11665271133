import { rangePresets, type RangeChoice } from './time-range';
import { isoToLocalInput, localInputToIso } from '../../lib/local-datetime';

const labels: Record<RangeChoice, string> = { '24h': 'Last 24 hours', '7d': 'Last 7 days', '30d': 'Last 30 days', custom: 'Custom' };

export function RangePicker({
  choice,
  from,
  to,
  onChoose,
  onCustom,
}: {
  choice: RangeChoice;
  from?: string;
  to?: string;
  onChoose: (choice: RangeChoice) => void;
  onCustom: (from: string | undefined, to: string | undefined) => void;
}) {
  return (
    <fieldset className="range-picker">
      <legend>Time range</legend>
      {[...rangePresets, 'custom' as const].map((r) => (
        <label key={r} className="radio-pill">
          <input type="radio" name="range" value={r} checked={choice === r} onChange={() => onChoose(r)} />
          {labels[r]}
        </label>
      ))}
      {choice === 'custom' && (
        <span className="range-custom">
          <label>
            From <input type="datetime-local" value={isoToLocalInput(from)} onChange={(e) => onCustom(localInputToIso(e.target.value), to)} />
          </label>
          <label>
            To <input type="datetime-local" value={isoToLocalInput(to)} onChange={(e) => onCustom(from, localInputToIso(e.target.value))} />
          </label>
        </span>
      )}
    </fieldset>
  );
}
