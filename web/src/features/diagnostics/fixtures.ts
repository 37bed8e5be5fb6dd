import type { ServiceDiag } from './types';

/** A healthy service's diagnostics, for tests and the mocked visual check. */
export function diagOf(service: string, overrides: Partial<ServiceDiag> = {}): ServiceDiag {
  return {
    service,
    version: '0.1.0',
    status: 'up',
    checked_at: '2026-11-25T22:00:00Z',
    started_at: '2026-11-25T08:00:00Z',
    database: {
      status: 'up',
      url: `postgresql://printdesk:***@127.0.0.1:5432/${service}`,
      latency_ms: 1.4,
      migration_current: '0007_retention',
      migration_head: '0007_retention',
    },
    nats: { status: 'up', url: 'nats://127.0.0.1:4222' },
    outbox: { backlog: 0, oldest_age_seconds: null },
    consumers: [{ stream: 'JOBS', name: `${service}-jobs`, pending: 0, ack_pending: 0, redelivered: 0, status: 'up' }],
    smtp: null,
    storage: null,
    ...overrides,
  };
}
