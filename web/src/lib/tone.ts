/**
 * Short synthesised tones with Web Audio (no sound files to ship). Browsers
 * keep audio silent until the person has clicked or typed on the page, so the
 * player makes its AudioContext on the first such gesture and stays quiet
 * before that: a page that has just loaded never makes a sound.
 */

export interface Tone {
  fromHz: number;
  toHz: number;
  seconds: number;
}

/** Enough of an AudioContext to schedule a tone (a fake in tests). */
export type ToneContext = Pick<AudioContext, 'currentTime' | 'destination' | 'createOscillator' | 'createGain'>;

const SILENT = 0.0001; // exponential ramps cannot reach 0
const ATTACK_S = 0.015;
const GAP_S = 0.12;

/** A slider's 0..1 as a gain: squared, because loudness is heard on a log scale. */
export function toneGain(volume: number): number {
  const v = Math.min(1, Math.max(0, volume));
  return Math.max(SILENT, v * v * 0.5);
}

/** Schedule `tone` on `context` at `startAt` (its clock): a rising sine with a soft start and end. */
export function scheduleTone(context: ToneContext, tone: Tone, volume: number, startAt = context.currentTime): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  const end = startAt + tone.seconds;
  const peak = toneGain(volume);
  oscillator.type = 'sine';
  oscillator.frequency.setValueAtTime(tone.fromHz, startAt);
  oscillator.frequency.exponentialRampToValueAtTime(tone.toHz, end);
  gain.gain.setValueAtTime(SILENT, startAt);
  gain.gain.exponentialRampToValueAtTime(peak, startAt + ATTACK_S);
  gain.gain.setValueAtTime(peak, Math.max(startAt + ATTACK_S, end - 0.08));
  gain.gain.exponentialRampToValueAtTime(SILENT, end);
  oscillator.connect(gain);
  gain.connect(context.destination);
  oscillator.onended = () => {
    oscillator.disconnect();
    gain.disconnect();
  };
  oscillator.start(startAt);
  oscillator.stop(end);
}

type ContextFactory = () => AudioContext | null;

const defaultFactory: ContextFactory = () => {
  const Ctor =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
  return Ctor ? new Ctor() : null;
};

export interface TonePlayer {
  /** Whether a gesture has unlocked audio yet. */
  readonly unlocked: boolean;
  /** Play `tone` `times` times in a row; false (and silent) while audio is still locked. */
  play(tone: Tone, volume: number, times?: number): boolean;
  /** Start listening for the first click or key press (idempotent); returns a function that stops listening. */
  listenForUnlock(target?: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void;
  /** Unlock now (call from inside a click handler, e.g. "Play test sound"). */
  unlock(): void;
}

export function createTonePlayer(factory: ContextFactory = defaultFactory): TonePlayer {
  let context: AudioContext | null = null;

  const unlock = () => {
    try {
      context ??= factory();
      if (context && context.state === 'suspended') void context.resume().catch(() => undefined);
    } catch {
      context = null; // no Web Audio here: stay silent
    }
  };

  return {
    get unlocked() {
      return context !== null && context.state !== 'closed';
    },
    play(tone, volume, times = 1) {
      if (!context || context.state === 'closed' || volume <= 0) return false;
      if (context.state === 'suspended') void context.resume().catch(() => undefined);
      const start = context.currentTime + 0.02;
      for (let i = 0; i < times; i += 1) scheduleTone(context, tone, volume, start + i * (tone.seconds + GAP_S));
      return true;
    },
    listenForUnlock(target = window) {
      const onGesture = () => {
        unlock();
        stop();
      };
      const stop = () => {
        target.removeEventListener('pointerdown', onGesture, true);
        target.removeEventListener('keydown', onGesture, true);
      };
      if (context) return () => undefined;
      target.addEventListener('pointerdown', onGesture, true);
      target.addEventListener('keydown', onGesture, true);
      return stop;
    },
    unlock,
  };
}
