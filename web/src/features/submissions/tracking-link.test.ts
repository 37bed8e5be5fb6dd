import { describe, expect, it } from 'vitest';
import { isTrackingPath, trackingPathFrom } from './tracking-link';

describe('tracking links', () => {
  it('keep only the path of our tracking page', () => {
    expect(trackingPathFrom('https://printdesk.example.edu/track/tok_abcdefgh12345')).toBe('/track/tok_abcdefgh12345');
    expect(trackingPathFrom('/track/tok_abcdefgh12345')).toBe('/track/tok_abcdefgh12345');
  });

  it('refuse other pages, other shapes and nothing', () => {
    expect(trackingPathFrom('https://evil.example/login')).toBeNull();
    expect(trackingPathFrom('/track/short')).toBeNull();
    expect(trackingPathFrom('/track/tok_abcdefgh12345/../../admin')).toBeNull();
    expect(trackingPathFrom(null)).toBeNull();
    expect(isTrackingPath('//evil.example/track/tok_abcdefgh12345')).toBe(false);
    expect(isTrackingPath('/track/tok_abcdefgh12345?x=1')).toBe(false);
    expect(isTrackingPath(['/track/tok_abcdefgh12345'])).toBe(false);
  });
});
