'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import type { SoundSettings } from '../model/sound-settings';
import { BellIcon } from './icons';

interface SoundSettingsPopoverProps {
  settings: SoundSettings;
  onChange: (patch: Partial<SoundSettings>) => void;
  /** Play the chime once at `volume` (from a click, so it also unlocks audio). */
  onTest: (volume: number) => void;
}

/**
 * The board header's "Sound" button and its small panel: the new-job chime on
 * or off, its volume, and a test. Esc or a click elsewhere closes it.
 */
export function SoundSettingsPopover({ settings, onChange, onTest }: SoundSettingsPopoverProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const percent = Math.round(settings.volume * 100);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('input')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <Button
        ref={toggle}
        variant="secondary"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
        data-testid="sound-settings"
      >
        <BellIcon off={!settings.enabled} />
        {settings.enabled ? 'Sound on' : 'Sound off'}
      </Button>
      {open && (
        <div
          id={`${id}-panel`}
          role="group"
          aria-labelledby={`${id}-title`}
          className="absolute right-0 z-30 mt-2 w-[min(18rem,calc(100vw-2rem))] space-y-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-lg"
        >
          <p id={`${id}-title`} className="font-semibold text-slate-900">
            New-job sound
          </p>
          <label className="flex items-start gap-2.5">
            <input
              type="checkbox"
              checked={settings.enabled}
              onChange={(e) => onChange({ enabled: e.target.checked })}
              className="mt-0.5 size-4 accent-teal-700"
            />
            <span>Chime when a new job arrives</span>
          </label>
          <div className={settings.enabled ? '' : 'opacity-55'}>
            <div className="flex items-center justify-between">
              <label htmlFor={`${id}-volume`} className="font-medium text-slate-800">
                Volume
              </label>
              <output htmlFor={`${id}-volume`} className="text-slate-600 tabular-nums">
                {percent}%
              </output>
            </div>
            <input
              id={`${id}-volume`}
              type="range"
              min={0}
              max={100}
              step={5}
              value={percent}
              disabled={!settings.enabled}
              onChange={(e) => onChange({ volume: Number(e.target.value) / 100 })}
              className="mt-1 w-full accent-teal-700"
            />
          </div>
          <Button
            variant="secondary"
            className="min-h-9 w-full py-1"
            disabled={!settings.enabled || percent === 0}
            onClick={() => onTest(settings.volume)}
          >
            Play test sound
          </Button>
          <p className="text-xs text-slate-600">
            Only on this computer. Browsers allow sound once you have clicked somewhere on the page.
          </p>
        </div>
      )}
    </div>
  );
}
