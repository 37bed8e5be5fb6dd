'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { MODEL_FORMATS, describeModel, plateFootprint, plateGrid } from '../../model/model-format';
import { CubeIcon } from '../icons';
import type { ModelPreviewProps } from './ModelPreview';
import { PreviewFrame, PreviewMessage, previewGrid } from './PreviewFrame';
import { createPreviewScene, type PreviewScene } from './preview-scene';
import { useModelFile } from './use-model-file';

type View = 'drawing' | 'unavailable' | 'lost';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd className="font-medium break-all text-slate-900 tabular-nums">{children}</dd>
    </div>
  );
}

/**
 * The 3D preview itself (three.js; loaded lazily through ModelPreview): the
 * model on a build-plate grid, turned with the mouse, with its size and
 * triangle count beside it. Without WebGL it still shows those facts.
 */
export default function ModelViewer({ jobId, name, fileName, compact = false }: ModelPreviewProps) {
  const onSessionExpired = useSessionExpiry();
  const { file, retry } = useModelFile(jobId, name, fileName, onSessionExpired);
  const stage = useRef<HTMLDivElement>(null);
  const scene = useRef<PreviewScene | null>(null);
  const [view, setView] = useState<View>('drawing');
  const [redraw, setRedraw] = useState(0);

  const ready = file.state === 'ready' ? file : null;
  const zUp = ready ? MODEL_FORMATS[ready.format].zUp : true;
  const grid = ready ? plateGrid(plateFootprint(ready.model.stats, zUp)) : null;

  useEffect(() => {
    const host = stage.current;
    if (!ready || !grid || !host) return;
    let created: PreviewScene;
    try {
      created = createPreviewScene(host, ready.model.object, { zUp, grid, onContextLost: () => setView('lost') });
    } catch {
      setView('unavailable');
      return;
    }
    setView('drawing');
    scene.current = created;
    return () => {
      created.dispose();
      scene.current = null;
    };
    // `grid` follows from `ready`: the scene is rebuilt for a new model, not for each render.
  }, [ready, zUp, redraw]);

  const summary = ready ? describeModel(ready.model.stats) : null;
  const shownName = ready?.fileName ?? fileName ?? name ?? 'the job’s file';
  const [x, y, z] = ready?.model.stats.sizeMm ?? [0, 0, 0];
  const mm = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en-US');

  return (
    <figure
      className={previewGrid(compact)}
      data-testid="model-preview"
      data-state={file.state === 'ready' ? view : file.state}
    >
      <PreviewFrame compact={compact}>
        <div
          ref={stage}
          className="absolute inset-0"
          role={ready && view === 'drawing' ? 'img' : undefined}
          aria-label={ready && view === 'drawing' ? `3D view of ${shownName}: ${summary}` : undefined}
        />
        {file.state === 'loading' && (
          <PreviewMessage>
            <Spinner className="size-5" />
            <span role="status">Loading the 3D model…</span>
          </PreviewMessage>
        )}
        {file.state === 'error' && (
          <PreviewMessage tone="error">
            <span role="alert">{file.message}</span>
            <Button variant="secondary" className="min-h-9 px-3 py-1" onClick={retry}>
              Try again
            </Button>
          </PreviewMessage>
        )}
        {file.state === 'unsupported' && (
          <PreviewMessage>
            <CubeIcon className="size-6 text-slate-400" />
            <span>{file.message}</span>
          </PreviewMessage>
        )}
        {ready && view === 'unavailable' && (
          <PreviewMessage>
            <CubeIcon className="size-6 text-slate-400" />
            <span className="font-medium text-slate-800">No 3D view on this computer</span>
            <span className="text-xs">
              The browser has WebGL switched off or cannot use the graphics card. The model’s size is shown
              {compact ? ' here' : ' beside'}.
            </span>
          </PreviewMessage>
        )}
        {ready && view === 'lost' && (
          <PreviewMessage>
            <span>The 3D view stopped (the graphics card was reset).</span>
            <Button variant="secondary" className="min-h-9 px-3 py-1" onClick={() => setRedraw((n) => n + 1)}>
              Show again
            </Button>
          </PreviewMessage>
        )}
        {ready && view === 'drawing' && (
          <Button
            variant="secondary"
            className="absolute right-2 bottom-2 min-h-8 bg-white/90 px-2.5 py-1 text-xs"
            onClick={() => scene.current?.resetView()}
          >
            Reset view
          </Button>
        )}
      </PreviewFrame>

      <figcaption className="text-sm">
        {ready ? (
          <>
            <dl className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-1" data-testid="model-facts">
              <Fact term="Size (X × Y × Z)">
                {mm(x)} × {mm(y)} × {mm(z)} mm
              </Fact>
              <Fact term="Triangles">{ready.model.stats.triangles.toLocaleString('en-US')}</Fact>
              {!compact && <Fact term="File">{shownName}</Fact>}
              {grid && view === 'drawing' && <Fact term="Grid">{grid.cellMm} mm squares</Fact>}
            </dl>
            {view === 'drawing' && (
              <p className="mt-2 text-xs text-slate-500">Drag to turn, right-drag to move, scroll to zoom.</p>
            )}
          </>
        ) : (
          <p className="text-slate-500">{file.state === 'loading' ? 'Measuring…' : ''}</p>
        )}
      </figcaption>
    </figure>
  );
}
