import { describe, expect, it } from 'vitest';
import { filesLine, jobsCount, parseDays, pruneConfirmed } from './retention';

describe('retention helpers', () => {
  it('read the days field as a whole number from 1 to 36500', () => {
    expect(parseDays(' 45 ')).toEqual({ days: 45 });
    expect(parseDays('1')).toEqual({ days: 1 });
    expect(parseDays('36500')).toEqual({ days: 36500 });
    expect(parseDays('')).toEqual({ error: 'Enter a number of days.' });
    expect(parseDays('4.5')).toEqual({ error: 'Enter a whole number of days, like 45.' });
    expect(parseDays('-3')).toEqual({ error: 'Enter a whole number of days, like 45.' });
    expect(parseDays('0')).toEqual({ error: 'Enter between 1 and 36500 days.' });
    expect(parseDays('36501')).toEqual({ error: 'Enter between 1 and 36500 days.' });
  });

  it('count jobs in words', () => {
    expect(jobsCount(0)).toBe('0 jobs');
    expect(jobsCount(1)).toBe('1 job');
    expect(jobsCount(12)).toBe('12 jobs');
  });

  it('let a prune run only when the exact number was typed', () => {
    expect(pruneConfirmed('12', 12)).toBe(true);
    expect(pruneConfirmed(' 12 ', 12)).toBe(true);
    expect(pruneConfirmed('1', 12)).toBe(false);
    expect(pruneConfirmed('', 12)).toBe(false);
    expect(pruneConfirmed('twelve', 12)).toBe(false);
  });

  it("say what the batch's files take, and that an unknown size is not zero", () => {
    expect(filesLine('prune', 4, 2.5 * 1024 * 1024)).toBe('4 files, 2.5 MB freed');
    expect(filesLine('archive', 1, 600)).toBe('1 file, 600 bytes moved to Archived');
    expect(filesLine('archive', 0, 0)).toBe('No files on disk.');
    expect(filesLine('prune', null, null)).toMatch(/^Not known right now/);
    expect(filesLine('prune', undefined, undefined)).toMatch(/^Not known right now/);
  });
});
