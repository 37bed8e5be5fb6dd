'use client';

import { formatMoney } from '@/lib/format';
import type { AnalyticsReports } from '../api/analytics';
import { ChartCard } from './ChartCard';
import { Bars, COLORS, Lines, SideBars } from './Charts';

const STATUS_LABELS: Record<string, string> = {
  UPLOADED: 'Uploaded', PENDING: 'Pending', READYTOPRINT: 'Ready to print', PRINTING: 'Printing',
  COMPLETED: 'Completed', PAIDPICKEDUP: 'Picked up', REJECTED: 'Rejected', ARCHIVED: 'Archived',
};

const allZero = (values: readonly (number | null)[]) => values.every((v) => !v);

/** Every chart of the four reports, each with its caption, data table and CSV. */
export function ReportCharts({ reports }: { reports: AnalyticsReports }) {
  const { overview, trends, resources, financial } = reports;
  const range = { from: overview.window.date_from, to: overview.window.date_to };
  const money = (cents: number) => formatMoney(cents / 100, financial.currency);

  const statuses = Object.entries(overview.by_status).map(([status, n]) => ({ status: STATUS_LABELS[status] ?? status, jobs: n }));
  const ages = [
    { age: '0–2 days', jobs: overview.queue_age.days_0_2 },
    { age: '3–6 days', jobs: overview.queue_age.days_3_7 },
    { age: '7+ days', jobs: overview.queue_age.days_7_plus },
  ];
  const revenue = financial.revenue_per_day.map((d) => ({ ...d, revenue: d.revenue_cents / 100 }));
  const gaps = resources.estimated_vs_weighed.map((g) => ({ ...g, label: `${g.printer} · ${g.print_method}` }));

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard
        title="Jobs per day"
        caption="Jobs submitted, approved, rejected and completed on each day of the period."
        className="lg:col-span-2"
        range={range}
        rows={trends.days}
        empty={allZero(trends.days.flatMap((d) => [d.submitted, d.approved, d.rejected, d.completed]))}
        columns={[
          { label: 'Day', value: (d) => d.day },
          { label: 'Submitted', value: (d) => d.submitted },
          { label: 'Approved', value: (d) => d.approved },
          { label: 'Rejected', value: (d) => d.rejected },
          { label: 'Completed', value: (d) => d.completed },
        ]}
      >
        <Lines data={trends.days} x="day" days counts series={[
          { key: 'submitted', name: 'Submitted', color: COLORS.sky },
          { key: 'approved', name: 'Approved', color: COLORS.teal },
          { key: 'rejected', name: 'Rejected', color: COLORS.red },
          { key: 'completed', name: 'Completed', color: COLORS.violet },
        ]} />
      </ChartCard>

      <ChartCard
        title="Jobs by status now"
        caption="How many jobs are in each status at this moment (the date range does not apply)."
        range={range}
        rows={statuses}
        empty={allZero(statuses.map((s) => s.jobs))}
        columns={[{ label: 'Status', value: (s) => s.status }, { label: 'Jobs', value: (s) => s.jobs }]}
      >
        <SideBars data={statuses} x="status" series={[{ key: 'jobs', name: 'Jobs', color: COLORS.teal }]} />
      </ChartCard>

      <ChartCard
        title="Queue age now"
        caption={`The ${overview.in_queue} jobs waiting in the queue, by whole days since they were submitted.`}
        range={range}
        rows={ages}
        empty={overview.in_queue === 0}
        columns={[{ label: 'Waiting', value: (a) => a.age }, { label: 'Jobs', value: (a) => a.jobs }]}
      >
        <Bars data={ages} x="age" counts series={[{ key: 'jobs', name: 'Jobs', color: COLORS.amber }]} />
      </ChartCard>

      <ChartCard
        title="Rejection reasons"
        caption={`Reasons ticked on the ${overview.rejections} rejections of the period, most used first` +
          (overview.custom_reason_rejections ? `; ${overview.custom_reason_rejections} also had a note in staff’s own words.` : '.')}
        range={range}
        rows={overview.rejection_reasons}
        columns={[{ label: 'Reason', value: (r) => r.reason }, { label: 'Rejections', value: (r) => r.count }]}
      >
        <SideBars data={overview.rejection_reasons} x="reason" series={[{ key: 'count', name: 'Rejections', color: COLORS.red }]} />
      </ChartCard>

      <ChartCard
        title="Staff activity"
        caption="Lifecycle steps each staff member recorded in the period."
        range={range}
        rows={overview.staff_activity}
        columns={[
          { label: 'Staff member', value: (s) => s.staff_name },
          { label: 'Actions', value: (s) => s.actions },
          { label: 'Approvals', value: (s) => s.approvals },
          { label: 'Rejections', value: (s) => s.rejections },
          { label: 'Payments', value: (s) => s.payments },
        ]}
      >
        <SideBars data={overview.staff_activity} x="staff_name" series={[
          { key: 'actions', name: 'All actions', color: COLORS.slate },
          { key: 'approvals', name: 'Approvals', color: COLORS.teal },
        ]} />
      </ChartCard>

      <ChartCard
        title="Mean lead time"
        caption="For the jobs completed each day: mean hours from submission to completion."
        range={range}
        rows={trends.days}
        empty={allZero(trends.days.map((d) => d.completed))}
        columns={[
          { label: 'Day', value: (d) => d.day },
          { label: 'Completed', value: (d) => d.completed },
          { label: 'Mean lead time (hours)', value: (d) => d.mean_lead_time_hours },
        ]}
      >
        <Lines data={trends.days} x="day" days series={[{ key: 'mean_lead_time_hours', name: 'Hours', color: COLORS.violet }]} />
      </ChartCard>

      <ChartCard
        title="Printing started per day"
        caption="Jobs that went onto a printer on each day of the period."
        range={range}
        rows={resources.printing_per_day}
        empty={allZero(resources.printing_per_day.map((d) => d.count))}
        columns={[{ label: 'Day', value: (d) => d.day }, { label: 'Jobs', value: (d) => d.count }]}
      >
        <Bars data={resources.printing_per_day} x="day" days counts series={[{ key: 'count', name: 'Jobs', color: COLORS.sky }]} />
      </ChartCard>

      <ChartCard
        title="Printer utilisation"
        caption="Estimated print hours started on each printer, as a share of the hours in the period."
        range={range}
        rows={resources.printers}
        empty={allZero(resources.printers.map((p) => p.jobs_printed))}
        columns={[
          { label: 'Printer', value: (p) => p.printer },
          { label: 'Jobs printed', value: (p) => p.jobs_printed },
          { label: 'Print hours', value: (p) => p.print_hours },
          { label: 'Utilisation (%)', value: (p) => p.utilization_pct },
        ]}
      >
        <Bars data={resources.printers} x="printer" series={[{ key: 'utilization_pct', name: 'Utilisation (%)', color: COLORS.teal }]} />
      </ChartCard>

      <ChartCard
        title="Material used"
        caption={`Grams weighed at pickup in the period: ${resources.resin_g.toLocaleString('en-US')} g resin, ` +
          `${resources.other_g.toLocaleString('en-US')} g other materials.`}
        range={range}
        rows={resources.material_by_method}
        columns={[{ label: 'Print method', value: (m) => m.print_method }, { label: 'Grams weighed', value: (m) => m.weighed_g }]}
      >
        <Bars data={resources.material_by_method} x="print_method" series={[{ key: 'weighed_g', name: 'Grams', color: COLORS.amber }]} />
      </ChartCard>

      <ChartCard
        title="Estimated vs weighed grams"
        caption="For jobs paid in the period, per printer and method: grams quoted at approval against grams weighed at pickup."
        range={range}
        rows={gaps}
        columns={[
          { label: 'Printer', value: (g) => g.printer },
          { label: 'Print method', value: (g) => g.print_method },
          { label: 'Jobs', value: (g) => g.jobs },
          { label: 'Estimated (g)', value: (g) => g.estimated_g },
          { label: 'Weighed (g)', value: (g) => g.weighed_g },
          { label: 'Gap (g)', value: (g) => g.gap_g },
          { label: 'Gap (%)', value: (g) => g.gap_pct },
        ]}
      >
        <Bars data={gaps} x="label" series={[
          { key: 'estimated_g', name: 'Estimated', color: COLORS.sky },
          { key: 'weighed_g', name: 'Weighed', color: COLORS.amber },
        ]} />
      </ChartCard>

      <ChartCard
        title="Revenue per day"
        caption={`Payments recorded on each day: ${money(financial.total_revenue_cents)} in ${financial.payment_count} payment${financial.payment_count === 1 ? '' : 's'}.`}
        className="lg:col-span-2"
        range={range}
        rows={revenue}
        empty={financial.payment_count === 0}
        columns={[
          { label: 'Day', value: (d) => d.day },
          { label: `Revenue (${financial.currency})`, value: (d) => (d.revenue_cents / 100).toFixed(2) },
          { label: 'Payments', value: (d) => d.payments },
        ]}
      >
        <Bars data={revenue} x="day" days series={[{ key: 'revenue', name: `Revenue (${financial.currency})`, color: COLORS.teal }]} />
      </ChartCard>
    </div>
  );
}
