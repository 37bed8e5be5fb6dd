'use client';

import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import { Spinner } from '@/components/ui/Spinner';
import { canPreview, noPreviewReason } from '../../model/model-format';
import { CubeIcon } from '../icons';
import { PreviewFrame, PreviewMessage, previewGrid } from './PreviewFrame';

export interface ModelPreviewProps {
  jobId: string;
  /** A file in the job's folder to show (a candidate); the job's current file when left out. */
  name?: string | null;
  /** The file's name as far as the page knows it, to skip kinds that have no preview. */
  fileName?: string | null;
  /** Smaller, for the approve dialog. */
  compact?: boolean;
}

function Placeholder({ compact, state, children }: { compact?: boolean; state: string; children: ReactNode }) {
  return (
    <div className={previewGrid(compact)} data-testid="model-preview" data-state={state}>
      <PreviewFrame compact={compact}>
        <PreviewMessage>{children}</PreviewMessage>
      </PreviewFrame>
    </div>
  );
}

function LoadingViewer({ compact }: { compact?: boolean }) {
  return (
    <Placeholder compact={compact} state="loading">
      <Spinner className="size-5" />
      <span role="status">Loading the 3D viewer…</span>
    </Placeholder>
  );
}

// three.js is large: its code is fetched only when a preview is first shown, and never on the server.
const loadViewer = () => import('./ModelViewer');
const ModelViewer = dynamic(loadViewer, { ssr: false, loading: () => <LoadingViewer /> });
const CompactModelViewer = dynamic(loadViewer, { ssr: false, loading: () => <LoadingViewer compact /> });

/** A 3D preview of a job's model (STL, OBJ, 3MF), for the details panel and the approve dialog. */
export function ModelPreview(props: ModelPreviewProps) {
  if (props.fileName && !canPreview(props.fileName)) {
    return (
      <Placeholder compact={props.compact} state="unsupported">
        <CubeIcon className="size-6 text-slate-400" />
        <span>{noPreviewReason(props.fileName)}</span>
      </Placeholder>
    );
  }
  return props.compact ? <CompactModelViewer {...props} /> : <ModelViewer {...props} />;
}
