import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, mockFetch } from '@/test/fetch-mock';
import type { Tracking } from '../api/tracking';
import { TrackingView } from './TrackingView';

const tracking: Tracking = {
  job: {
    short_id: 'a1b2c3',
    status: 'PENDING',
    status_label: 'Waiting for your confirmation',
    print_method: 'Filament',
    color: 'Blue',
    printer: 'Prusa MK4S',
    original_filename: 'bracket.stl',
    created_at: '2026-11-24T15:00:00Z',
  },
  timeline: [
    { status: 'UPLOADED', label: 'Received', at: '2026-11-24T15:00:00Z', state: 'done' },
    { status: 'PENDING', label: 'Priced — waiting for you', at: '2026-11-25T14:30:00Z', state: 'current' },
    { status: 'READYTOPRINT', label: 'In the queue', at: null, state: 'upcoming' },
  ],
  quote: { cost: '4.20', currency: 'USD', weight_g: 42, time_hours: 3.5, printer: null, confirmed: false },
  queue: { position: 3, ahead: 2, printer_hours_ahead: 7.5, eta: '2026-11-27T20:00:00Z' },
};

afterEach(() => vi.unstubAllGlobals());

describe('TrackingView', () => {
  it('shows the timeline with the current step marked in words, the quote, and the queue in the lab’s time zone', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/track/tok_abcdefgh': () => json(tracking) });
    render(<TrackingView token="tok_abcdefgh" lab={{ timeZone: 'America/Chicago' }} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Waiting for your confirmation' })).toBeInTheDocument();
    expect(screen.getByText('a1b2c3')).toBeInTheDocument();

    const steps = within(screen.getByTestId('timeline')).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toHaveTextContent(/Received\s*Done · Tue, Nov 24, 9:00 AM CST/);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).toHaveTextContent('Now');
    expect(steps[1]).toHaveTextContent('Current step');
    expect(steps[1]).toHaveTextContent('Since Wed, Nov 25, 8:30 AM CST');
    expect(steps[2]).not.toHaveAttribute('aria-current');
    expect(steps[2]).toHaveTextContent('Not yet');

    const quote = screen.getByRole('region', { name: 'Your quote' });
    expect(quote).toHaveTextContent('$4.20');
    expect(quote).toHaveTextContent('about 42 g · about 3.5 hours of printing');

    const queue = screen.getByRole('region', { name: 'Queue' });
    expect(queue).toHaveTextContent('number 3 in the queue: 2 prints are ahead of it (about 7.5 printer-hours)');
    expect(queue).toHaveTextContent('Estimated ready: Fri, Nov 27, 2:00 PM CST');
    expect(fetchMock.mock.calls[0]![1]!.credentials).toBe('same-origin');
  });

  it('leaves out the quote and queue when there are none', async () => {
    mockFetch({
      'GET /api/v1/track/tok_abcdefgh': () =>
        json({ ...tracking, quote: null, queue: { position: null, ahead: 0, printer_hours_ahead: 0, eta: null } }),
    });
    render(<TrackingView token="tok_abcdefgh" />);

    await screen.findByTestId('timeline');
    expect(screen.queryByRole('region', { name: 'Your quote' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Queue' })).not.toBeInTheDocument();
  });

  it('says why a rejected request was not approved, with the staff note and a way to submit again', async () => {
    mockFetch({
      'GET /api/v1/track/tok_abcdefgh': () =>
        json({
          ...tracking,
          job: { ...tracking.job, status: 'REJECTED', status_label: 'Not approved' },
          quote: null,
          queue: { position: null, ahead: 0, printer_hours_ahead: 0, eta: null },
          rejection: { reasons: ['Walls too thin', 'Not manifold / has holes'], note: 'Make the handle at least 1 mm thick.' },
        }),
    });
    render(<TrackingView token="tok_abcdefgh" />);

    const why = await screen.findByRole('region', { name: 'Why it was not approved' });
    expect(within(why).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Walls too thin',
      'Not manifold / has holes',
    ]);
    expect(why).toHaveTextContent('A note from staffMake the handle at least 1 mm thick.');
    expect(within(why).getByRole('link', { name: 'submit it again as a new request' })).toHaveAttribute('href', '/submit');
  });

  it('shows no rejection card for a job that was not rejected', async () => {
    mockFetch({ 'GET /api/v1/track/tok_abcdefgh': () => json({ ...tracking, rejection: null }) });
    render(<TrackingView token="tok_abcdefgh" />);

    await screen.findByTestId('timeline');
    expect(screen.queryByRole('region', { name: 'Why it was not approved' })).not.toBeInTheDocument();
  });

  it('says kindly that an unknown link leads nowhere', async () => {
    mockFetch({ 'GET /api/v1/track/nope-nope-nope': () => apiError(404, 'not_found', 'No such request.') });
    render(<TrackingView token="nope-nope-nope" />);

    expect(
      await screen.findByRole('heading', { name: 'We can’t find this request — check the link in your e-mail' }),
    ).toBeInTheDocument();
  });

  it('offers to try again when the service fails', async () => {
    let fail = true;
    mockFetch({
      'GET /api/v1/track/tok_abcdefgh': () => (fail ? apiError(503, 'unavailable', 'Tracking is resting.') : json(tracking)),
    });
    render(<TrackingView token="tok_abcdefgh" />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Tracking is resting.');
    fail = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('timeline')).toBeInTheDocument();
  });
});
