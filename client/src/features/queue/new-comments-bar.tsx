/** Announces comments that arrived since the list was loaded; the list itself stays put until asked. */
export function NewCommentsBar({ count, loading, onLoad }: { count: number; loading: boolean; onLoad: () => void }) {
  if (count <= 0) return null;
  return (
    <div className="new-comments-bar" role="status">
      <button type="button" className="btn btn-primary" data-testid="new-comments-bar" onClick={onLoad} disabled={loading}>
        {loading ? 'Loading…' : count === 1 ? '1 new comment — show it at the top' : `${count} new comments — show them at the top`}
      </button>
    </div>
  );
}
