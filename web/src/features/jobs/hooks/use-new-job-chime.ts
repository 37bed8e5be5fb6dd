'use client';

import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { createTonePlayer, type TonePlayer } from '@/lib/tone';
import { NEW_JOB_TONE, chimesFor } from '../model/new-jobs';
import {
  DEFAULT_SOUND_SETTINGS,
  createSoundSettingsStore,
  type SoundSettings,
  type SoundSettingsStore,
} from '../model/sound-settings';

let store: SoundSettingsStore | null = null;
let player: TonePlayer | null = null;

function settingsStore(): SoundSettingsStore {
  if (!store) {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      storage = null; // blocked by policy or private mode
    }
    store = createSoundSettingsStore(storage, window);
  }
  return store;
}

function tonePlayer(): TonePlayer {
  player ??= createTonePlayer();
  return player;
}

const subscribe = (listener: () => void) => settingsStore().subscribe(listener);
const getSnapshot = () => settingsStore().get();
const getServerSnapshot = () => DEFAULT_SOUND_SETTINGS;

/**
 * The new-job chime for this browser: its settings (shared by every tab and
 * the settings popover) and the sound itself. Audio unlocks on the first
 * click or key press anywhere on the page; before that the chime stays silent.
 */
export function useNewJobChime() {
  const settings = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);

  useEffect(() => tonePlayer().listenForUnlock(), []);

  const update = useCallback((patch: Partial<SoundSettings>) => settingsStore().set(patch), []);

  /** Ring for `count` new jobs, if the chime is on. */
  const chime = useCallback((count: number) => {
    const { enabled, volume } = settingsStore().get();
    if (!enabled || count <= 0) return false;
    return tonePlayer().play(NEW_JOB_TONE, volume, chimesFor(count));
  }, []);

  /** "Play test sound": called from a click, so it also unlocks audio. */
  const test = useCallback((volume?: number) => {
    const player = tonePlayer();
    player.unlock();
    return player.play(NEW_JOB_TONE, volume ?? settingsStore().get().volume);
  }, []);

  return { settings, update, chime, test };
}
