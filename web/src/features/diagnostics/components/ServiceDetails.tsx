import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/format-date';
import { formatBytes } from '@/lib/format';

import { formatLatency, formatSeconds, migrationsMatch } from '../summary';
import type { PartStatus, ServiceDiag } from '../types';
import { StatusBadge } from './StatusBadge';

/** The parts of one service's diagnostics as a definition list, and its consumers as a table. */
export function ServiceDetails({ diag }: { diag: ServiceDiag }) {
  const match = migrationsMatch(diag);
  const { database, nats, outbox, smtp, storage } = diag;
  const consumers = diag.consumers ?? [];
  return (
    <>
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
        <Row term="Version">
          <span className="font-mono">{diag.version}</span>
          <span className="text-slate-600"> · running since {formatDateTime(diag.started_at)}</span>
        </Row>
        <Row term="Database">
          <Part status={database.status} />
          <span className="text-slate-700"> · {formatLatency(database.latency_ms)}</span>
          <span className="block font-mono text-xs [overflow-wrap:anywhere] text-slate-600">{database.url}</span>
          {database.error && <span className="block text-red-800">{database.error}</span>}
        </Row>
        <Row term="Migrations">
          <span className="font-mono [overflow-wrap:anywhere]">{database.migration_current ?? 'unknown'}</span>
          <span className="text-slate-600"> (head </span>
          <span className="font-mono [overflow-wrap:anywhere]">{database.migration_head ?? 'unknown'}</span>
          <span className="text-slate-600">)</span>
          {match === false && <span className="ml-2 inline-block"><StatusBadge status="degraded" text="Not at head" /></span>}
          {match === true && <span className="ml-2 text-slate-700">✓ at head</span>}
        </Row>
        <Row term="NATS">
          <Part status={nats.status} />
          <span className="block font-mono text-xs [overflow-wrap:anywhere] text-slate-600">{nats.url}</span>
          {nats.error && <span className="block text-red-800">{nats.error}</span>}
        </Row>
        {outbox && (
          <Row term="Outbox">
            {outbox.backlog === 0
              ? 'Empty: every event is published'
              : `${outbox.backlog} waiting${outbox.oldest_age_seconds != null ? `, oldest ${formatSeconds(outbox.oldest_age_seconds)}` : ''}`}
          </Row>
        )}
        {smtp && (
          <Row term="SMTP">
            <Part status={smtp.status} />
            <span className="font-mono text-xs text-slate-600"> {smtp.host}:{smtp.port}</span>
            {smtp.error && <span className="block text-red-800">{smtp.error}</span>}
          </Row>
        )}
        {storage && (
          <Row term="Storage">
            <Part status={storage.free_bytes < storage.min_free_bytes ? 'degraded' : storage.status} />
            <span className="text-slate-700">
              {' '}
              · {formatBytes(storage.free_bytes)} free of {formatBytes(storage.total_bytes)} (minimum {formatBytes(storage.min_free_bytes)})
            </span>
            <span className="block font-mono text-xs [overflow-wrap:anywhere] text-slate-600">{storage.root}</span>
          </Row>
        )}
        <Row term="Checked">{formatDateTime(diag.checked_at)}</Row>
      </dl>

      {consumers.length > 0 && (
        <>
          <p className="mt-4 text-sm font-semibold text-slate-800 sm:hidden">Consumers (queue lag)</p>
          <ul className="mt-1 space-y-2 text-sm sm:hidden" aria-label="Consumers (queue lag)">
            {consumers.map((c) => (
              <li key={`${c.stream}/${c.name}`} className="rounded-lg bg-slate-50 px-3 py-2">
                <span className="font-mono text-xs [overflow-wrap:anywhere]">{c.name}</span>
                <span className="text-xs text-slate-600"> on {c.stream}</span>
                <span className="block">
                  <Part status={c.status} /> · {c.pending} pending · {c.ack_pending} unacked · {c.redelivered ?? 0} redelivered
                </span>
              </li>
            ))}
          </ul>
          <div className="mt-4 hidden overflow-x-auto sm:block" tabIndex={0} role="region" aria-label={`Consumers of ${diag.service}`}>
            <table className="w-full text-left text-xs sm:text-sm">
              <caption className="mb-1 text-left text-sm font-semibold text-slate-800">Consumers (queue lag)</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-1.5 pr-2 font-semibold">Consumer</th>
                  <th scope="col" className="py-1.5 pr-2 text-right font-semibold">Pending</th>
                  <th scope="col" className="py-1.5 pr-2 text-right font-semibold">Unacked</th>
                  <th scope="col" className="py-1.5 pr-2 text-right font-semibold">Redelivered</th>
                  <th scope="col" className="py-1.5 font-semibold">Status</th>
                </tr>
              </thead>
              <tbody>
                {consumers.map((c) => (
                  <tr key={`${c.stream}/${c.name}`} className="border-b border-slate-100 last:border-0">
                    <td className="py-1.5 pr-2">
                      <span className="font-mono text-xs [overflow-wrap:anywhere]">{c.name}</span>
                      <span className="block text-xs text-slate-600">{c.stream}</span>
                    </td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{c.pending}</td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{c.ack_pending}</td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{c.redelivered ?? 0}</td>
                    <td className="py-1.5">
                      <Part status={c.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-700">{term}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </>
  );
}

function Part({ status }: { status: PartStatus }) {
  const text = { up: '✓ up', degraded: '⚠ degraded', down: '✕ down' }[status];
  const tone = { up: 'text-emerald-800', degraded: 'text-amber-900', down: 'text-red-800' }[status];
  return <span className={`font-semibold ${tone}`}>{text}</span>;
}
