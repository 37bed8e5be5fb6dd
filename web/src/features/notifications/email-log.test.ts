import { describe, expect, it } from 'vitest';
import type { NotificationSummary } from './api/notifications';
import { canResend, emailProblem, kindLabel, sendingNote, withNewMessage } from './email-log';

const msg = (id: string, status: NotificationSummary['status'] = 'sent'): NotificationSummary => ({
  id,
  job_id: null,
  kind: 'test',
  to: 'a@b.example',
  subject: 'Hello',
  status,
  attempts: 1,
  last_error: null,
  created_at: '2026-11-25T10:00:00Z',
  sent_at: null,
});

describe('e-mail log helpers', () => {
  it('allow resending only finished messages', () => {
    expect(canResend(msg('1', 'sent'))).toBe(true);
    expect(canResend(msg('1', 'failed'))).toBe(true);
    expect(canResend(msg('1', 'cancelled'))).toBe(true);
    expect(canResend(msg('1', 'pending'))).toBe(false);
  });

  it('say when a message left, when a reminder will, or why it never did', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    const at = (iso: string) => `at ${iso}`;
    expect(sendingNote({ ...msg('1'), sent_at: '2026-11-25T10:00:05Z' }, now, at)).toBe('Sent at 2026-11-25T10:00:05Z');
    expect(sendingNote(msg('1', 'failed'), now, at)).toBe('Not sent');
    expect(sendingNote(msg('1', 'cancelled'), now, at)).toBe('Not sent: no longer needed');
    const reminder = { ...msg('1', 'pending'), next_attempt_at: '2026-12-02T12:00:00Z' };
    expect(sendingNote(reminder, now, at)).toBe('Scheduled for at 2026-12-02T12:00:00Z');
    expect(sendingNote({ ...reminder, next_attempt_at: '2026-11-25T12:00:30Z' }, now, at)).toBe('Not sent yet');
    expect(sendingNote(msg('1', 'pending'), now, at)).toBe('Not sent yet');
  });

  it('put a new message on top without repeating it', () => {
    expect(withNewMessage([msg('1'), msg('2')], msg('3')).map((m) => m.id)).toEqual(['3', '1', '2']);
    expect(withNewMessage([msg('1'), msg('2')], msg('2', 'failed')).map((m) => [m.id, m.status])).toEqual([
      ['2', 'failed'],
      ['1', 'sent'],
    ]);
  });

  it('write kinds as words', () => {
    expect(kindLabel('quote_ready')).toBe('Quote ready');
    expect(kindLabel('job.approved')).toBe('Job approved');
    expect(kindLabel('test')).toBe('Test');
  });

  it('check an address roughly', () => {
    expect(emailProblem('')).toBe('Enter the address to send the test to.');
    expect(emailProblem('nobody')).toBe('Enter an e-mail address like name@example.edu.');
    expect(emailProblem(' lab@uni.example ')).toBeUndefined();
  });
});
