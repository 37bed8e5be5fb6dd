import { describe, expect, it, vi } from 'vitest';
import { createTonePlayer, scheduleTone, toneGain, type ToneContext } from './tone';

function param() {
  return { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() };
}

function fakeContext(state: AudioContextState = 'running') {
  const oscillators: { type: string; frequency: ReturnType<typeof param>; start: ReturnType<typeof vi.fn>; stop: ReturnType<typeof vi.fn> }[] = [];
  const gains: { gain: ReturnType<typeof param> }[] = [];
  const context = {
    state,
    currentTime: 10,
    destination: {},
    resume: vi.fn(async () => undefined),
    createOscillator: () => {
      const osc = { type: '', frequency: param(), connect: vi.fn(), disconnect: vi.fn(), start: vi.fn(), stop: vi.fn(), onended: null };
      oscillators.push(osc);
      return osc;
    },
    createGain: () => {
      const gain = { gain: param(), connect: vi.fn(), disconnect: vi.fn() };
      gains.push(gain);
      return gain;
    },
  };
  return { context, oscillators, gains };
}

const TONE = { fromHz: 800, toHz: 1200, seconds: 0.3 };

describe('tones', () => {
  it('rises from 800 to 1200 Hz over 0.3 s and stops', () => {
    const { context, oscillators, gains } = fakeContext();
    scheduleTone(context as unknown as ToneContext, TONE, 1);
    const [osc] = oscillators;
    expect(osc!.type).toBe('sine');
    expect(osc!.frequency.setValueAtTime).toHaveBeenCalledWith(800, 10);
    expect(osc!.frequency.exponentialRampToValueAtTime).toHaveBeenCalledWith(1200, 10.3);
    expect(osc!.start).toHaveBeenCalledWith(10);
    expect(osc!.stop).toHaveBeenCalledWith(10.3);
    expect(gains[0]!.gain.exponentialRampToValueAtTime).toHaveBeenLastCalledWith(0.0001, 10.3);
  });

  it('makes the volume slider feel even (squared) and never exactly zero for the ramps', () => {
    expect(toneGain(1)).toBe(0.5);
    expect(toneGain(0.5)).toBe(0.125);
    expect(toneGain(0)).toBeGreaterThan(0);
  });

  it('stays silent until the first click or key press, and makes no AudioContext before it', () => {
    const { context, oscillators } = fakeContext('suspended');
    const factory = vi.fn(() => context as unknown as AudioContext);
    const player = createTonePlayer(factory);
    const page = new EventTarget();
    player.listenForUnlock(page as unknown as Window);

    expect(player.play(TONE, 0.6)).toBe(false);
    expect(factory).not.toHaveBeenCalled();

    page.dispatchEvent(new Event('keydown'));
    expect(factory).toHaveBeenCalledTimes(1);
    expect(context.resume).toHaveBeenCalled();
    expect(player.play(TONE, 0.6, 2)).toBe(true);
    expect(oscillators).toHaveLength(2);
    expect(oscillators[1]!.start.mock.calls[0]![0]).toBeGreaterThan(oscillators[0]!.stop.mock.calls[0]![0] as number);

    page.dispatchEvent(new Event('pointerdown'));
    expect(factory).toHaveBeenCalledTimes(1); // listened once
  });

  it('plays nothing at volume 0 or without Web Audio', () => {
    const { context } = fakeContext();
    const player = createTonePlayer(() => context as unknown as AudioContext);
    player.unlock();
    expect(player.play(TONE, 0)).toBe(false);
    const none = createTonePlayer(() => null);
    none.unlock();
    expect(none.play(TONE, 1)).toBe(false);
  });
});
