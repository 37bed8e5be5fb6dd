import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import { adminActionError } from './action-error';

describe('adminActionError', () => {
  it('points at the picker when the acting staff member is refused', () => {
    const error = new ApiError(422, 'unknown_staff', 'Ada is not an active staff member.', { staff_name: 'not active' });
    expect(adminActionError(error, 'x')).toBe('Ada is not an active staff member. Choose an active staff member in “Performing action as”.');
  });

  it('says an admin workstation is needed on 403', () => {
    expect(adminActionError(new ApiError(403, 'forbidden', 'Admins only.'), 'x')).toBe('Admins only. This needs an admin workstation.');
  });

  it('leaves out field problems the form shows itself, and lists the others', () => {
    const shown = new ApiError(422, 'validation_error', 'Check the form.', { older_than_days: 'too small' });
    expect(adminActionError(shown, 'x', ['older_than_days'])).toBeNull();
    const other = new ApiError(422, 'validation_error', 'Check the form.', { dry_run: 'not a boolean' });
    expect(adminActionError(other, 'x', ['older_than_days'])).toBe('Check the form. dry_run: not a boolean');
  });

  it('uses the message, or the fallback for what is not an API error', () => {
    expect(adminActionError(new ApiError(500, 'http_error', 'Trouble.'), 'x')).toBe('Trouble.');
    expect(adminActionError(new Error('boom'), 'Could not.')).toBe('Could not.');
  });
});
