/*
 * The new-job chime's settings: on or off, and how loud. Kept in this
 * browser's localStorage (it is about this computer's speakers), shared by
 * its tabs, and read defensively: a damaged or old value falls back to the defaults.
 */

export interface SoundSettings {
  enabled: boolean;
  /** 0 (silent) to 1 (full). */
  volume: number;
}

export const SOUND_SETTINGS_KEY = 'printdesk.new-job-sound';

export const DEFAULT_SOUND_SETTINGS: SoundSettings = Object.freeze({ enabled: true, volume: 0.6 });

/** A volume between 0 and 1, in whole percent; anything unreadable is the default. */
export function clampVolume(value: unknown): number {
  const number = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(number)) return DEFAULT_SOUND_SETTINGS.volume;
  return Math.round(Math.min(1, Math.max(0, number)) * 100) / 100;
}

export function parseSoundSettings(raw: string | null): SoundSettings {
  if (!raw) return DEFAULT_SOUND_SETTINGS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_SOUND_SETTINGS;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_SOUND_SETTINGS;
  const { enabled, volume } = value as Record<string, unknown>;
  return {
    enabled: typeof enabled === 'boolean' ? enabled : DEFAULT_SOUND_SETTINGS.enabled,
    volume: volume === undefined ? DEFAULT_SOUND_SETTINGS.volume : clampVolume(volume),
  };
}

export function serializeSoundSettings(settings: SoundSettings): string {
  return JSON.stringify({ enabled: settings.enabled, volume: clampVolume(settings.volume) });
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface SoundSettingsStore {
  /** The same object until the stored settings change (what useSyncExternalStore needs). */
  get(): SoundSettings;
  set(patch: Partial<SoundSettings>): void;
  /** Called on every change, from this tab or another one. */
  subscribe(listener: () => void): () => void;
}

/**
 * A store over `storage` (null when storage is blocked: then the settings
 * live only as long as the page). `events` delivers other tabs' `storage` events.
 */
export function createSoundSettingsStore(storage: StorageLike | null, events?: Pick<Window, 'addEventListener' | 'removeEventListener'>): SoundSettingsStore {
  const listeners = new Set<() => void>();
  // Without working storage the settings live in this page only, and nothing outside can change them.
  let detached = storage === null;
  let raw: string | null = null;
  raw = read();
  let current = parseSoundSettings(raw);

  function read(): string | null {
    if (detached) return raw;
    try {
      return storage?.getItem(SOUND_SETTINGS_KEY) ?? null;
    } catch {
      detached = true;
      return null;
    }
  }

  function notify() {
    for (const listener of listeners) listener();
  }

  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    if (key === null || key === SOUND_SETTINGS_KEY) notify();
  };

  // Read again on every get: another tab (or a test) may have changed storage without an event here.
  const refresh = () => {
    const next = read();
    if (next !== raw) {
      raw = next;
      current = parseSoundSettings(next);
    }
  };

  return {
    get() {
      refresh();
      return current;
    },
    set(patch) {
      current = parseSoundSettings(serializeSoundSettings({ ...current, ...patch }));
      raw = serializeSoundSettings(current);
      try {
        if (!detached) storage?.setItem(SOUND_SETTINGS_KEY, raw);
      } catch {
        detached = true; // storage full or blocked: the choice holds for this page only
      }
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0) events?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.removeEventListener('storage', onStorage);
      };
    },
  };
}
