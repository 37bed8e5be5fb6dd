import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../api/jobs';
import { actionsFor, allowedFrom, holderOf, lockAgainst, optimisticEffect } from './job-actions';

const at = (status: JobStatus, staff_viewed_at: string | null = null) => ({ status, staff_viewed_at });

describe('actionsFor', () => {
  it('offers each status its lifecycle steps, notes everywhere', () => {
    expect(actionsFor(at('UPLOADED'))).toEqual(['approve', 'reject', 'review', 'notes', 'delete']);
    expect(actionsFor(at('UPLOADED', '2026-01-01T00:00:00Z'))).toEqual(['approve', 'reject', 'unreview', 'notes', 'delete']);
    expect(actionsFor(at('PENDING'))).toEqual(['resend-confirmation', 'notes', 'delete']);
    expect(actionsFor(at('READYTOPRINT'))).toEqual(['mark-printing', 'notes']);
    expect(actionsFor(at('PRINTING'))).toEqual(['mark-complete', 'notes']);
    expect(actionsFor(at('COMPLETED'))).toEqual(['payment', 'revert-completion', 'notes']);
    expect(actionsFor(at('PAIDPICKEDUP'))).toEqual(['revert-pickup', 'notes']);
    expect(actionsFor(at('REJECTED'))).toEqual(['notes']);
    expect(actionsFor(at('ARCHIVED'))).toEqual(['notes']);
  });

  it('allows delete only before the student confirmed', () => {
    expect(allowedFrom('delete', 'PENDING')).toBe(true);
    expect(allowedFrom('delete', 'READYTOPRINT')).toBe(false);
    expect(allowedFrom('notes', 'ARCHIVED')).toBe(true);
  });
});

describe('optimisticEffect', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('moves the job where the step sends it', () => {
    expect(optimisticEffect('approve', { kind: 'approve', weight_g: '42', time_hours: '3' }, now)).toEqual({
      to: 'PENDING',
      patch: { staff_viewed_at: '2026-11-25T12:00:00.000Z' },
    });
    expect(optimisticEffect('reject', { kind: 'reject', reasons: ['x'] }, now)).toEqual({ to: 'REJECTED' });
    expect(optimisticEffect('mark-printing', { kind: 'mark-printing', printer: 'Prusa XL' }, now)).toEqual({
      to: 'PRINTING',
      patch: { printing_printer: 'Prusa XL' },
    });
    expect(optimisticEffect('revert-pickup', { kind: 'revert-pickup' }, now)).toEqual({ to: 'COMPLETED' });
    expect(optimisticEffect('delete', { kind: 'delete' }, now)).toEqual({ to: null });
  });

  it('patches a job that stays: review flag, notes indicator', () => {
    expect(optimisticEffect('review', { kind: 'review', reviewed: true }, now)).toEqual({
      patch: { staff_viewed_at: '2026-11-25T12:00:00.000Z' },
    });
    expect(optimisticEffect('unreview', { kind: 'review', reviewed: false }, now)).toEqual({ patch: { staff_viewed_at: null } });
    expect(optimisticEffect('notes', { kind: 'notes', notes: '  ' }, now)).toEqual({ patch: { has_notes: false } });
    expect(optimisticEffect('resend-confirmation', { kind: 'resend-confirmation' }, now)).toEqual({});
  });
});

describe('lockAgainst', () => {
  const lock = { workstation: 'front-desk', staff_name: 'Alex', holder: 'front-desk · Alex', expires_at: '2026-11-25T12:05:00Z' };
  const now = Date.parse('2026-11-25T12:01:00Z');

  it('keeps out everyone but the holder', () => {
    expect(lockAgainst(lock, { workstation: 'office', staffName: 'Alex' }, now)).toBe(lock);
    expect(lockAgainst(lock, { workstation: 'front-desk', staffName: 'Sam' }, now)).toBe(lock);
    expect(lockAgainst(lock, { workstation: 'front-desk', staffName: 'Alex' }, now)).toBeNull();
  });

  it('treats an expired lock as free', () => {
    expect(lockAgainst(lock, { workstation: 'office', staffName: 'Sam' }, Date.parse('2026-11-25T12:05:00Z'))).toBeNull();
    expect(lockAgainst(null, { workstation: 'office', staffName: 'Sam' }, now)).toBeNull();
  });

  it('names the holder like the API does', () => {
    expect(holderOf(lock)).toBe('front-desk · Alex');
  });
});
