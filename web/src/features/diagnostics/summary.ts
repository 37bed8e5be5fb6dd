import { formatBytes } from '@/lib/format';

import type { PartStatus, ServiceDiag, ServiceHealth } from './types';

/** What the diagnostics page says about one service, in plain sentences (tested without a browser). */

/** An outbox event older than this has not been published for too long. */
export const OUTBOX_STUCK_SECONDS = 60;

const RANK: Record<PartStatus, number> = { up: 0, degraded: 1, down: 2 };

export function worst(...statuses: PartStatus[]): PartStatus {
  return statuses.reduce<PartStatus>((a, b) => (RANK[b] > RANK[a] ? b : a), 'up');
}

export const STATUS_TEXT: Record<PartStatus, string> = { up: 'Working', degraded: 'Needs attention', down: 'Down' };

/** Whether the database is at the revision this build ships (null when either is unknown). */
export function migrationsMatch(diag: Pick<ServiceDiag, 'database'>): boolean | null {
  const { migration_current: current, migration_head: head } = diag.database;
  if (!current || !head) return null;
  return current === head;
}

export interface Summary {
  status: PartStatus;
  /** Each thing that is not well, most serious first. */
  problems: string[];
}

/** The service's own status, made worse by what the page can see itself (migrations behind, stuck outbox, lag). */
export function summarise(diag: ServiceDiag, health?: ServiceHealth | null): Summary {
  const down: string[] = [];
  const degraded: string[] = [];
  const note = (status: PartStatus, text: string) => {
    if (status === 'down') down.push(text);
    else if (status === 'degraded') degraded.push(text);
  };
  note(diag.database.status, `Database ${diag.database.status}${diag.database.error ? `: ${diag.database.error}` : ''}`);
  note(diag.nats.status, `NATS ${diag.nats.status}${diag.nats.error ? `: ${diag.nats.error}` : ''}`);
  if (diag.smtp) note(diag.smtp.status, `SMTP ${diag.smtp.status}${diag.smtp.error ? `: ${diag.smtp.error}` : ''}`);
  if (diag.storage) {
    if (diag.storage.free_bytes < diag.storage.min_free_bytes) {
      degraded.push(`Storage free space ${formatBytes(diag.storage.free_bytes)} is below the minimum of ${formatBytes(diag.storage.min_free_bytes)}`);
    } else note(diag.storage.status, `Storage ${diag.storage.status}`);
  }
  if (migrationsMatch(diag) === false) {
    degraded.push(`Database at migration ${diag.database.migration_current}, this build expects ${diag.database.migration_head}`);
  }
  const age = diag.outbox?.oldest_age_seconds;
  if (diag.outbox && diag.outbox.backlog > 0 && age != null && age > OUTBOX_STUCK_SECONDS) {
    degraded.push(`${diag.outbox.backlog} event${diag.outbox.backlog === 1 ? '' : 's'} waiting to be published, the oldest for ${formatSeconds(age)}`);
  }
  for (const consumer of diag.consumers ?? []) {
    note(consumer.status, `Consumer ${consumer.name} on ${consumer.stream} ${consumer.status} (${consumer.pending} pending)`);
  }
  if (health) {
    for (const [part, state] of Object.entries(health.components)) {
      if (state === 'down' && !down.some((p) => p.toLowerCase().includes(part.toLowerCase()))) {
        down.push(`Health check: ${part} down`);
      }
    }
  }
  const derived: PartStatus = down.length ? 'down' : degraded.length ? 'degraded' : 'up';
  return { status: worst(diag.status, derived, health?.status === 'down' ? 'down' : 'up'), problems: [...down, ...degraded] };
}

/** "45 s", "3 min", "2 h 5 min". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** "12 ms" / "0.4 ms". */
export function formatLatency(ms: number | null | undefined): string {
  if (ms == null) return '—';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
