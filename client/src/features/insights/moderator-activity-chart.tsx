import { useNavigate } from 'react-router';
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip } from 'recharts';
import { useModeratorActivity, type ModeratorActivityData } from '../../api/stats-moderators';
import { ChartFrame } from './chart-frame';
import { drill } from './drill-down';
import { decisionColours } from './chart-style';
import { ChartPatterns } from './chart-patterns';
import { openByIndex, type ChartProps } from './chart-props';
import { RankingAxes, rankingHeight } from './chart-parts';
import { DrillTable, type DrillColumn } from './drill-table';

const columns: DrillColumn<ModeratorActivityData['moderators'][number]>[] = [
  { header: 'Moderator', cell: (m) => m.moderatorId, href: (m, base) => drill.moderator(base, m.moderatorId) },
  { header: 'Decisions', cell: (m) => m.decisions },
  { header: 'Approved', cell: (m) => m.approved },
  { header: 'Rejected', cell: (m) => m.rejected },
  { header: 'Median time to decision', cell: (m) => (m.medianSecondsToDecision === null ? '–' : `${Math.round(m.medianSecondsToDecision)} s`) },
];

export function ModeratorActivityChart({ params, base }: ChartProps) {
  const query = useModeratorActivity(params);
  const navigate = useNavigate();
  const moderators = [...(query.data?.moderators ?? [])].sort((a, b) => b.decisions - a.decisions);
  const data = moderators.map((m) => ({ ...m, other: Math.max(0, m.decisions - m.approved - m.rejected) }));
  const total = moderators.reduce((s, m) => s + m.decisions, 0);
  const summary = query.data
    ? `${moderators.length} moderators made ${total.toLocaleString()} decisions${moderators[0] ? `; most by ${moderators[0].moderatorId} (${moderators[0].decisions})` : ''}. Click a moderator's bar to open the comments they decided.`
    : undefined;
  // A bar segment narrows to the moderator's decisions of that kind; "other" opens them all.
  const openModerator = (view?: 'approved' | 'rejected') => openByIndex(moderators, (m) => void navigate(drill.moderator(base, m.moderatorId, view)));
  const table = <DrillTable rows={moderators} rowKey={(m) => m.moderatorId} base={base} columns={columns} />;
  return (
    <ChartFrame title="Moderator activity" testId="chart-moderators" summary={summary} query={query} isEmpty={moderators.length === 0} table={table}>
      <ResponsiveContainer width="100%" height={rankingHeight(moderators.length)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <ChartPatterns prefix="mod" colours={[decisionColours.approved, decisionColours.rejected, decisionColours.escalated]} />
          <RankingAxes nameKey="moderatorId" />
          <Tooltip />
          <Legend />
          <Bar dataKey="approved" stackId="d" name="approved" fill={decisionColours.approved} cursor="pointer" onClick={openModerator('approved')} />
          <Bar dataKey="rejected" stackId="d" name="rejected" fill="url(#mod-pattern-1)" stroke={decisionColours.rejected} cursor="pointer" onClick={openModerator('rejected')} />
          <Bar dataKey="other" stackId="d" name="escalated / other" fill="url(#mod-pattern-2)" stroke={decisionColours.escalated} cursor="pointer" onClick={openModerator()} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
