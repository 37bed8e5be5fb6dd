import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SOUND_SETTINGS,
  SOUND_SETTINGS_KEY,
  clampVolume,
  createSoundSettingsStore,
  parseSoundSettings,
} from './sound-settings';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

describe('sound settings', () => {
  it('falls back to the defaults (on, 60 %) for a missing, damaged or odd value', () => {
    expect(parseSoundSettings(null)).toEqual({ enabled: true, volume: 0.6 });
    expect(parseSoundSettings('{not json')).toBe(DEFAULT_SOUND_SETTINGS);
    expect(parseSoundSettings('"loud"')).toBe(DEFAULT_SOUND_SETTINGS);
    expect(parseSoundSettings('{"enabled":"yes","volume":"max"}')).toEqual(DEFAULT_SOUND_SETTINGS);
    expect(parseSoundSettings('{"enabled":false,"volume":3}')).toEqual({ enabled: false, volume: 1 });
    expect(clampVolume(-1)).toBe(0);
    expect(clampVolume(0.333)).toBe(0.33);
  });

  it('stores changes under one key and hands out the same object until they change', () => {
    const storage = memoryStorage();
    const store = createSoundSettingsStore(storage);
    const first = store.get();
    expect(store.get()).toBe(first);
    store.set({ volume: 0.25 });
    expect(storage.data.get(SOUND_SETTINGS_KEY)).toBe('{"enabled":true,"volume":0.25}');
    expect(store.get()).toEqual({ enabled: true, volume: 0.25 });
    expect(store.get()).toBe(store.get());
  });

  it('tells subscribers about its own changes and other tabs’ (storage events)', () => {
    const storage = memoryStorage({ [SOUND_SETTINGS_KEY]: '{"enabled":true,"volume":0.5}' });
    const events = new EventTarget();
    const store = createSoundSettingsStore(storage, events as unknown as Window);
    const listener = vi.fn();
    const stop = store.subscribe(listener);

    store.set({ enabled: false });
    expect(listener).toHaveBeenCalledTimes(1);

    storage.data.set(SOUND_SETTINGS_KEY, '{"enabled":true,"volume":0.9}');
    events.dispatchEvent(Object.assign(new Event('storage'), { key: SOUND_SETTINGS_KEY }));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.get()).toEqual({ enabled: true, volume: 0.9 });

    events.dispatchEvent(Object.assign(new Event('storage'), { key: 'something-else' }));
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
  });

  it('keeps working for the page when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
    };
    const store = createSoundSettingsStore(blocked);
    expect(store.get()).toEqual(DEFAULT_SOUND_SETTINGS);
    expect(() => store.set({ enabled: false })).not.toThrow();
    const noStorage = createSoundSettingsStore(null);
    noStorage.set({ volume: 0.1 });
    expect(noStorage.get().volume).toBe(0.1);
  });
});
