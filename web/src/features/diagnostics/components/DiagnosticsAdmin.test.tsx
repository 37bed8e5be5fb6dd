import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, mockFetch } from '@/test/fetch-mock';
import { resetNavigation } from '@/test/next-navigation';
import { diagOf } from '../fixtures';
import { DiagnosticsAdmin } from './DiagnosticsAdmin';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

beforeEach(() => resetNavigation('/admin/diagnostics'));
afterEach(() => vi.unstubAllGlobals());

const health = (service: string, status: 'up' | 'down' = 'up') =>
  json({ service, status, components: { database: status, nats: 'up' } }, status === 'up' ? 200 : 503);

describe('Admin → Diagnostics', () => {
  it('shows each service’s panel, and a service that does not answer as an error, not a crash', async () => {
    let notifyUp = false;
    const fetchMock = mockFetch({
      'GET /api/v1/jobs/diag': () =>
        json(diagOf('jobs', { database: { status: 'up', url: 'postgresql://u:***@db/jobs', migration_current: '0006', migration_head: '0007' } })),
      'GET /api/v1/files/diag': () =>
        json(diagOf('files', { storage: { status: 'up', root: '/srv/prints', free_bytes: 50 * 1024 ** 3, total_bytes: 100 * 1024 ** 3, min_free_bytes: 1024 ** 3 } })),
      'GET /api/v1/notify/diag': () =>
        notifyUp ? json(diagOf('notify', { smtp: { status: 'up', host: 'smtp.example', port: 25 } })) : apiError(502, 'http_error', 'Bad gateway'),
      'GET /api/v1/auth/diag': () => json(diagOf('auth')),
      'GET /api/v1/jobs/health': () => health('jobs'),
      'GET /api/v1/files/health': () => health('files'),
      'GET /api/v1/notify/health': () => new Response('Bad Gateway', { status: 502 }),
      'GET /api/v1/auth/health': () => health('auth', 'down'),
    });
    const user = userEvent.setup();
    render(<DiagnosticsAdmin />);

    const notify = await screen.findByRole('region', { name: 'Notifications' });
    expect(await within(notify).findByText('Not answering')).toBeInTheDocument();
    expect(within(notify).getByText('Bad gateway (HTTP 502)')).toBeInTheDocument();
    expect(within(notify).getByText(/Health check: no answer/)).toBeInTheDocument();

    const jobs = screen.getByRole('region', { name: 'Jobs' });
    expect(within(jobs).getByText('Needs attention')).toBeInTheDocument();
    expect(within(jobs).getByText('Not at head')).toBeInTheDocument();
    expect(within(jobs).getByRole('table', { name: 'Consumers (queue lag)' })).toBeInTheDocument();

    const files = screen.getByRole('region', { name: 'Files' });
    expect(within(files).getByText('Working')).toBeInTheDocument();
    expect(within(files).getByText(/50 GB free of 100 GB/)).toBeInTheDocument();

    const auth = screen.getByRole('region', { name: 'Sign-in (auth)' });
    expect(within(auth).getByText('Down')).toBeInTheDocument();
    expect(within(auth).getByText('DOWN')).toBeInTheDocument();

    notifyUp = true;
    const before = fetchMock.mock.calls.length;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await within(screen.getByRole('region', { name: 'Notifications' })).findByText(/smtp\.example:25/)).toBeInTheDocument();
    expect(fetchMock.mock.calls.length).toBe(before + 8);
  });
});
