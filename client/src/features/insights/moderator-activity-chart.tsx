import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useModeratorActivity } from '../../api/stats-moderators';
import { ChartFrame } from './chart-frame';
import { drill } from './drill-down';
import { decisionColours } from './chart-style';
import { ChartPatterns } from './chart-patterns';
import type { ChartProps } from './chart-props';

export function ModeratorActivityChart({ params, base }: ChartProps) {
  const query = useModeratorActivity(params);
  const navigate = useNavigate();
  const moderators = [...(query.data?.moderators ?? [])].sort((a, b) => b.decisions - a.decisions);
  const data = moderators.map((m) => ({ ...m, other: Math.max(0, m.decisions - m.approved - m.rejected) }));
  const total = moderators.reduce((s, m) => s + m.decisions, 0);
  const summary = query.data
    ? `${moderators.length} moderators made ${total.toLocaleString()} decisions${moderators[0] ? `; most by ${moderators[0].moderatorId} (${moderators[0].decisions})` : ''}. Click a moderator's bar to open the comments they decided.`
    : undefined;
  const open = (index: number, view?: 'approved' | 'rejected') => {
    const m = moderators[index];
    if (m) void navigate(drill.moderator(base, m.moderatorId, view));
  };
  return (
    <ChartFrame
      title="Moderator activity"
      testId="chart-moderators"
      summary={summary}
      isPending={query.isPending}
      error={query.error}
      isEmpty={moderators.length === 0}
      onRetry={() => void query.refetch()}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Moderator</th>
              <th scope="col">Decisions</th>
              <th scope="col">Approved</th>
              <th scope="col">Rejected</th>
              <th scope="col">Median time to decision</th>
            </tr>
          </thead>
          <tbody>
            {moderators.map((m) => (
              <tr key={m.moderatorId}>
                <td>
                  <Link to={drill.moderator(base, m.moderatorId)} data-testid="drill-link">
                    {m.moderatorId}
                  </Link>
                </td>
                <td>{m.decisions}</td>
                <td>{m.approved}</td>
                <td>{m.rejected}</td>
                <td>{m.medianSecondsToDecision === null ? '–' : `${Math.round(m.medianSecondsToDecision)} s`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(160, moderators.length * 32 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <ChartPatterns prefix="mod" colours={[decisionColours.approved, decisionColours.rejected, decisionColours.escalated]} />
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="moderatorId" width={170} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="approved" stackId="d" name="approved" fill={decisionColours.approved} cursor="pointer" onClick={(_e, i) => open(i, 'approved')} />
          <Bar dataKey="rejected" stackId="d" name="rejected" fill="url(#mod-pattern-1)" stroke={decisionColours.rejected} cursor="pointer" onClick={(_e, i) => open(i, 'rejected')} />
          <Bar dataKey="other" stackId="d" name="escalated / other" fill="url(#mod-pattern-2)" stroke={decisionColours.escalated} cursor="pointer" onClick={(_e, i) => open(i)} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
