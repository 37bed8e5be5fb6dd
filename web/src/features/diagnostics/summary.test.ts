import { describe, expect, it } from 'vitest';
import { diagOf } from './fixtures';
import { formatSeconds, migrationsMatch, summarise, worst } from './summary';

describe('diagnostics summary', () => {
  it('a healthy service has no problems', () => {
    expect(summarise(diagOf('jobs'), { service: 'jobs', status: 'up', components: { database: 'up' } })).toEqual({
      status: 'up',
      problems: [],
    });
  });

  it('flags migrations behind the build’s head as needing attention', () => {
    const diag = diagOf('jobs', {
      database: { status: 'up', url: 'x', migration_current: '0006', migration_head: '0007' },
    });
    expect(migrationsMatch(diag)).toBe(false);
    expect(summarise(diag)).toEqual({
      status: 'degraded',
      problems: ['Database at migration 0006, this build expects 0007'],
    });
    expect(migrationsMatch(diagOf('jobs', { database: { status: 'up', url: 'x' } }))).toBeNull();
  });

  it('puts parts that are down first and the worst status on the service', () => {
    const diag = diagOf('notify', {
      status: 'degraded',
      smtp: { status: 'down', host: 'smtp.example', port: 25, error: 'connection refused' },
      outbox: { backlog: 3, oldest_age_seconds: 600 },
      consumers: [{ stream: 'JOBS', name: 'notify-jobs', pending: 120, ack_pending: 2, redelivered: 0, status: 'degraded' }],
    });
    const summary = summarise(diag);
    expect(summary.status).toBe('down');
    expect(summary.problems).toEqual([
      'SMTP down: connection refused',
      '3 events waiting to be published, the oldest for 10 min',
      'Consumer notify-jobs on JOBS degraded (120 pending)',
    ]);
  });

  it('a young outbox backlog is normal traffic, not a problem', () => {
    expect(summarise(diagOf('jobs', { outbox: { backlog: 2, oldest_age_seconds: 1.5 } })).problems).toEqual([]);
  });

  it('storage below its minimum needs attention even if the service says up', () => {
    const diag = diagOf('files', {
      storage: { status: 'up', root: '/srv/prints', free_bytes: 512 * 1024 ** 2, total_bytes: 100 * 1024 ** 3, min_free_bytes: 1024 ** 3 },
    });
    expect(summarise(diag)).toEqual({
      status: 'degraded',
      problems: ['Storage free space 512 MB is below the minimum of 1.0 GB'],
    });
  });

  it('a health check that reports a part down makes the service down', () => {
    expect(summarise(diagOf('auth'), { service: 'auth', status: 'down', components: { revocations: 'down' } })).toEqual({
      status: 'down',
      problems: ['Health check: revocations down'],
    });
  });

  it('formats ages and ranks statuses', () => {
    expect(formatSeconds(42)).toBe('42 s');
    expect(formatSeconds(3 * 3600 + 5 * 60)).toBe('3 h 5 min');
    expect(worst('up', 'degraded', 'up')).toBe('degraded');
    expect(worst('degraded', 'down')).toBe('down');
  });
});
