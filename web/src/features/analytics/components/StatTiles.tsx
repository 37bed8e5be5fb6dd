import { formatDuration, formatMoney } from '@/lib/format';
import type { AnalyticsReports } from '../api/analytics';

function Tile({ label, value, note, testId }: { label: string; value: string; note?: string; testId: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {note && <dd className="mt-0.5 text-xs text-slate-600">{note}</dd>}
    </div>
  );
}

const count = (n: number) => n.toLocaleString('en-US');

/** The headline numbers of the period (and the queue as it is now). */
export function StatTiles({ reports }: { reports: AnalyticsReports }) {
  const { overview, financial } = reports;
  const money = (cents: number) => formatMoney(cents / 100, financial.currency);
  const turnaround = overview.avg_turnaround_hours;
  const variance = financial.variance_pct;
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
      <Tile label="In the queue now" value={count(overview.in_queue)} testId="stat-in-queue"
        note={`${count(overview.queue_age.days_7_plus)} waiting 7+ days`} />
      <Tile label="Submitted" value={count(overview.submitted)} testId="stat-submitted" />
      <Tile label="Completed" value={count(overview.completed)} testId="stat-completed"
        note={turnaround === null ? 'No completions' : `Average turnaround ${formatDuration(turnaround)}`} />
      <Tile label="Rejections" value={count(overview.rejections)} testId="stat-rejections"
        note={overview.rejection_reasons[0] ? `Most often: ${overview.rejection_reasons[0].reason}` : undefined} />
      <Tile label="Revenue" value={money(financial.total_revenue_cents)} testId="stat-revenue"
        note={`${count(financial.payment_count)} payment${financial.payment_count === 1 ? '' : 's'}`} />
      <Tile label="Average ticket" value={financial.avg_ticket_cents === null ? '—' : money(financial.avg_ticket_cents)}
        testId="stat-avg-ticket" />
      <Tile label="Quoted for those jobs" value={money(financial.estimated_revenue_cents)} testId="stat-quoted" />
      <Tile label="Charged vs quoted" testId="stat-variance"
        value={`${financial.variance_cents >= 0 ? '+' : '−'}${money(Math.abs(financial.variance_cents))}`}
        note={variance === null ? undefined : `${variance >= 0 ? '+' : ''}${variance}% of the quotes`} />
    </dl>
  );
}
