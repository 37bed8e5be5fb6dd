import { describe, expect, it } from 'vitest';
import {
  OPEN_LINK_MIN_DELAY_MS,
  OPEN_LINK_REFRESH_LEAD_MS,
  openLinkDue,
  openLinkExpired,
  openLinkRefreshDelay,
} from './open-link-timing';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const inSeconds = (s: number) => new Date(NOW + s * 1000).toISOString();

describe('open-link refresh timing', () => {
  it('asks for a new link half a minute before a five-minute link expires', () => {
    expect(OPEN_LINK_REFRESH_LEAD_MS).toBe(30_000);
    expect(openLinkRefreshDelay(inSeconds(300), NOW)).toBe(270_000);
  });

  it('never asks sooner than the minimum, even for a link that already looks expired (clock ahead of the server)', () => {
    expect(openLinkRefreshDelay(inSeconds(20), NOW)).toBe(OPEN_LINK_MIN_DELAY_MS);
    expect(openLinkRefreshDelay(inSeconds(-600), NOW)).toBe(OPEN_LINK_MIN_DELAY_MS);
    expect(openLinkRefreshDelay('not a date', NOW)).toBe(OPEN_LINK_MIN_DELAY_MS);
  });

  it('is due inside the lead, and expired a few seconds before its end', () => {
    expect(openLinkDue(inSeconds(31), NOW)).toBe(false);
    expect(openLinkDue(inSeconds(30), NOW)).toBe(true);
    expect(openLinkExpired(inSeconds(30), NOW)).toBe(false);
    expect(openLinkExpired(inSeconds(5), NOW)).toBe(true);
    expect(openLinkExpired('garbage', NOW)).toBe(true);
  });
});
