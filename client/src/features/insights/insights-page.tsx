import { useMemo } from 'react';
import { FilterBar } from '../../components/filter-bar';
import { compact } from '../../lib/filters-url';
import { useUrlFilters } from '../../lib/use-url-filters';
import type { StatsParams } from '../../api/query-keys';
import { resolveRange, type RangeChoice } from './time-range';
import { RangePicker } from './range-picker';
import { SentimentDistributionChart } from './sentiment-distribution-chart';
import { SentimentOverTimeChart } from './sentiment-over-time-chart';
import { FlagsOverTimeChart } from './flags-over-time-chart';
import { DecisionsOverTimeChart } from './decisions-over-time-chart';
import { ArticleComparisonChart } from './article-comparison-chart';
import { ModeratorActivityChart } from './moderator-activity-chart';

const extraKeys = ['range'];
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export default function InsightsPage() {
  const { filters, extras, update, replaceAll } = useUrlFilters(extraKeys);
  const range = resolveRange(extras.range, filters);
  const { from, to, bucket } = range;
  // The same filters go to every chart and into every drill-down link.
  const base = useMemo(() => {
    const { sort: _sort, ...rest } = filters;
    return compact({ ...rest, from, to });
  }, [filters, from, to]);
  const params: StatsParams = useMemo(() => ({ filters: base, bucket, tz: timeZone }), [base, bucket]);

  const choose = (choice: RangeChoice) => {
    if (choice === 'custom') update({ from: range.from, to: range.to }, { range: 'custom' });
    else update({ from: undefined, to: undefined }, { range: choice });
  };

  return (
    <div className="page insights-page">
      <h1>Insights</h1>
      <RangePicker choice={range.choice} from={range.from} to={range.to} onChoose={choose} onCustom={(f, t) => update({ from: f, to: t }, { range: 'custom' })} />
      <FilterBar filters={filters} showSort={false} showDates={false} onChange={(patch) => update(patch)} onClear={() => replaceAll({})} />
      <div className="chart-grid">
        <SentimentDistributionChart params={params} base={base} />
        <SentimentOverTimeChart params={params} base={base} />
        <FlagsOverTimeChart params={params} base={base} />
        <DecisionsOverTimeChart params={params} base={base} />
        <ArticleComparisonChart params={params} base={base} />
        <ModeratorActivityChart params={params} base={base} />
      </div>
    </div>
  );
}
