'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { copyText } from '@/lib/clipboard';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { useOpenLink } from '../../hooks/use-open-link';
import { CopyIcon, OpenExternalIcon } from '../icons';

/** How long "Copied" stays on the button. */
export const COPIED_FOR_MS = 2_500;

interface OpenFilePanelProps {
  jobId: string;
  /** A file in the job's folder; the job's current file when left out. */
  name?: string | null;
  /** Headings inside the details panel are h4, inside a dialog h3. */
  headingLevel?: 3 | 4;
}

type CopyState = 'idle' | 'copied' | 'manual';

const LINK_CLASS =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold whitespace-nowrap';

/**
 * "Open in slicer" and "Copy file path" for one job's file. The link is a real
 * <a href="print3d://…"> so the click itself hands it to the workstation's
 * opener (a script-started navigation loses the user's gesture and is blocked).
 */
export function OpenFilePanel({ jobId, name, headingLevel = 4 }: OpenFilePanelProps) {
  const id = useId();
  const onSessionExpired = useSessionExpiry();
  const { link, retry } = useOpenLink(jobId, name, onSessionExpired);
  const [copy, setCopy] = useState<CopyState>('idle');
  const pathRef = useRef<HTMLElement>(null);
  const resetCopy = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const ready = link.state === 'ready' ? link.link : null;

  useEffect(() => () => clearTimeout(resetCopy.current), []);

  async function copyPath() {
    if (!ready) return;
    clearTimeout(resetCopy.current);
    if (await copyText(ready.relative_path)) {
      setCopy('copied');
      resetCopy.current = setTimeout(() => setCopy('idle'), COPIED_FOR_MS);
      return;
    }
    // Copying is blocked on this page: select the path so Ctrl+C takes it.
    setCopy('manual');
    const node = pathRef.current;
    if (node) window.getSelection()?.selectAllChildren(node);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2.5" data-testid="open-file-panel">
      <Heading id={`${id}-heading`} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Open the file
      </Heading>

      {link.state === 'error' ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          <p>{link.message}</p>
          <Button variant="ghost" className="mt-1 min-h-8 px-2 py-0.5 text-red-900 underline hover:bg-red-100" onClick={retry}>
            Try again
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {ready ? (
            <a
              href={ready.url}
              className={`${LINK_CLASS} bg-teal-700 text-white shadow-sm hover:bg-teal-800`}
              data-testid="open-in-slicer"
              data-expires-at={ready.expires_at}
              aria-describedby={`${id}-help`}
            >
              <OpenExternalIcon />
              Open in slicer
            </a>
          ) : (
            <span
              role="link"
              aria-disabled="true"
              className={`${LINK_CLASS} cursor-wait bg-teal-700/60 text-white`}
              data-testid="open-in-slicer"
            >
              <Spinner /> Open in slicer
            </span>
          )}
          <Button variant="secondary" onClick={copyPath} aria-disabled={!ready || undefined} data-testid="copy-path">
            <CopyIcon />
            {copy === 'copied' ? 'Copied' : 'Copy file path'}
          </Button>
        </div>
      )}

      {ready && (
        <p className="text-sm">
          <span className="block text-xs text-slate-500">In the lab storage folder</span>
          <code ref={pathRef} className="font-mono text-xs break-all text-slate-900" data-testid="file-path">
            {ready.relative_path}
          </code>
        </p>
      )}
      <p role="status" className={copy === 'manual' ? 'text-sm font-medium text-amber-900' : 'sr-only'}>
        {copy === 'copied' && 'File path copied.'}
        {copy === 'manual' && 'This browser blocked copying: the path is selected, press Ctrl+C (Cmd+C on a Mac) to copy it.'}
      </p>
      <p id={`${id}-help`} className="text-xs text-slate-600">
        Nothing opens? This computer needs the PrintDesk opener installed; ask whoever looks after the workstations.
      </p>
    </section>
  );
}
