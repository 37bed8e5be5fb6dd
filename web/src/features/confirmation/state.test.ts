import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import type { ConfirmationView } from './api/confirmation';
import {
  confirmationReducer as reduce,
  initialConfirmationState,
  type ConfirmationAction,
  type ConfirmationState,
} from './state';

const view: ConfirmationView = {
  state: 'open',
  short_id: 'a1b2c3',
  status: 'PENDING',
  original_filename: 'bracket.stl',
  print_method: 'Filament',
  color: 'Blue',
  printer: 'Prusa MK4S',
  weight_g: '42.50',
  time_hours: '3.50',
  cost: '4.25',
  expires_at: '2026-11-28T15:00:00Z',
};

const run = (...actions: ConfirmationAction[]) => actions.reduce(reduce, initialConfirmationState);
const open = () => run({ type: 'loaded', view });
const expired = () => run({ type: 'loaded', view: { ...view, state: 'expired' } });
const ready = (state: ConfirmationState) => {
  if (state.page.phase !== 'ready') throw new Error(`expected a ready page, got ${state.page.phase}`);
  return state.page;
};
const fail = (status: number, message = 'Nope.', fields: Record<string, string> = {}) => new ApiError(status, 'x', message, fields);

describe('loading the confirm page', () => {
  it('shows the view the server sent, with nothing to announce', () => {
    const state = open();
    expect(ready(state).view).toEqual(view);
    expect(state.announcement).toBeNull();
  });

  it('treats a 404 as a link that is not valid (an old or mistyped one)', () => {
    expect(run({ type: 'load-failed', error: fail(404) }).page).toEqual({ phase: 'invalid' });
  });

  it('keeps other failures retryable with their message, and starts over on retry', () => {
    const failed = run({ type: 'load-failed', error: fail(429, 'Slow down.') });
    expect(failed.page).toEqual({ phase: 'load-failed', message: 'Slow down.' });
    expect(reduce(failed, { type: 'load' }).page).toEqual({ phase: 'loading' });
  });
});

describe('confirming', () => {
  it('marks the page busy once; a second start while busy changes nothing', () => {
    const busy = reduce(open(), { type: 'confirm-started' });
    expect(ready(busy).confirming).toBe(true);
    expect(reduce(busy, { type: 'confirm-started' })).toBe(busy);
  });

  it('cannot start on a link that is not open', () => {
    const state = expired();
    expect(reduce(state, { type: 'confirm-started' })).toBe(state);
  });

  it('shows the confirmed view and announces it', () => {
    const done = reduce(reduce(open(), { type: 'confirm-started' }), {
      type: 'confirmed',
      view: { ...view, state: 'confirmed', status: 'READYTOPRINT' },
    });
    expect(ready(done)).toMatchObject({ confirming: false, view: { state: 'confirmed', status: 'READYTOPRINT' } });
    expect(done.announcement).toEqual({ id: 1, text: 'Confirmed. Your print is now in the print queue.' });
  });

  it('turns 409 into "already confirmed" with the status the server reports', () => {
    const state = run({ type: 'loaded', view }, { type: 'confirm-started' }, {
      type: 'confirm-failed',
      error: fail(409, 'This confirmation link was already used.', { current_status: 'PRINTING' }),
    });
    expect(ready(state).view).toMatchObject({ state: 'used', status: 'PRINTING' });
    expect(state.announcement?.text).toBe('You already confirmed this print.');
  });

  it('does not claim "already confirmed" for a job that never got there', () => {
    const state = run({ type: 'loaded', view }, { type: 'confirm-failed', error: fail(409, 'No.', { current_status: 'REJECTED' }) });
    expect(ready(state).view.status).toBe('REJECTED');
    expect(state.announcement?.text).toBe('This confirmation link can no longer be used.');
  });

  it('keeps the status it had when a 409 names none it knows', () => {
    const state = run({ type: 'loaded', view }, { type: 'confirm-failed', error: fail(409, 'No.', { current_status: 'LOST' }) });
    expect(ready(state).view.status).toBe('PENDING');
  });

  it('turns 410 into the expired view, and 404 into the invalid page', () => {
    const gone = run({ type: 'loaded', view }, { type: 'confirm-failed', error: fail(410) });
    expect(ready(gone).view.state).toBe('expired');
    expect(gone.announcement?.text).toMatch(/expired/);
    const invalid = run({ type: 'loaded', view }, { type: 'confirm-failed', error: fail(404) });
    expect(invalid.page).toEqual({ phase: 'invalid' });
    expect(invalid.announcement?.text).toBe('This confirmation link is not valid.');
  });

  it('keeps the link open after a network or server failure, with the reason, to try again', () => {
    const state = run({ type: 'loaded', view }, { type: 'confirm-started' }, { type: 'confirm-failed', error: fail(0, 'No network.') });
    expect(ready(state)).toMatchObject({ confirming: false, confirmError: 'No network.', view: { state: 'open' } });
    expect(state.announcement?.text).toBe('Not confirmed yet. No network.');
    const again = reduce(state, { type: 'confirm-started' });
    expect(ready(again)).toMatchObject({ confirming: true, confirmError: null });
  });

  it('ignores a late answer once the page has left the ready state', () => {
    const loading = run({ type: 'load' });
    expect(reduce(loading, { type: 'confirmed', view })).toBe(loading);
  });
});

describe('asking for a new link', () => {
  it('sends once, then shows and announces the server’s message', () => {
    const sending = reduce(expired(), { type: 'resend-started' });
    expect(ready(sending).resend).toEqual({ state: 'sending' });
    expect(reduce(sending, { type: 'resend-started' })).toBe(sending);
    const sent = reduce(sending, { type: 'resent', message: 'A new link is on its way.' });
    expect(ready(sent).resend).toEqual({ state: 'sent', message: 'A new link is on its way.' });
    expect(sent.announcement?.text).toBe('A new link is on its way.');
    expect(reduce(sent, { type: 'resend-started' })).toBe(sent);
  });

  it('shows the 429 message as a refusal, and other failures as retryable', () => {
    const refused = reduce(expired(), { type: 'resend-failed', error: fail(429, 'A link was sent minutes ago.') });
    expect(ready(refused).resend).toEqual({ state: 'refused', message: 'A link was sent minutes ago.' });
    const failed = reduce(expired(), { type: 'resend-failed', error: fail(503, 'Resting.') });
    expect(ready(failed).resend).toEqual({ state: 'failed', message: 'Resting.' });
    expect(ready(reduce(failed, { type: 'resend-started' })).resend).toEqual({ state: 'sending' });
  });

  it('turns 409 into "already confirmed" and 404 into the invalid page', () => {
    const used = reduce(expired(), { type: 'resend-failed', error: fail(409, 'Used.', { current_status: 'READYTOPRINT' }) });
    expect(ready(used).view).toMatchObject({ state: 'used', status: 'READYTOPRINT' });
    expect(reduce(expired(), { type: 'resend-failed', error: fail(404) }).page).toEqual({ phase: 'invalid' });
  });

  it('gives every result a new announcement id, so the same words are read out again', () => {
    const first = reduce(expired(), { type: 'resend-failed', error: fail(503, 'Resting.') });
    const second = reduce(first, { type: 'resend-failed', error: fail(503, 'Resting.') });
    expect(second.announcement).toEqual({ id: 2, text: 'Resting.' });
  });
});
