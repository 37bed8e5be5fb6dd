'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError, isApiError } from '@/lib/api';
import { uploadModel, type UploadedModel } from '../api/submissions';
import { validateModelFile } from '../validation';

export type ModelUploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; sizeBytes: number; progress: number }
  | { phase: 'done'; model: UploadedModel }
  | { phase: 'failed'; fileName: string; message: string };

/**
 * Uploads a model as soon as it is chosen, so the student can keep typing
 * while it travels. Only the latest choice counts; older uploads are aborted.
 */
export function useModelUpload() {
  const [state, setState] = useState<ModelUploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const abortCurrent = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
  }, []);

  useEffect(() => abortCurrent, [abortCurrent]);

  const choose = useCallback(
    async (file: File) => {
      abortCurrent();
      const problem = validateModelFile(file);
      if (problem) {
        setState({ phase: 'failed', fileName: file.name, message: problem });
        return;
      }
      const mine = new AbortController();
      controller.current = mine;
      setState({ phase: 'uploading', fileName: file.name, sizeBytes: file.size, progress: 0 });
      try {
        const model = await uploadModel(file, {
          signal: mine.signal,
          onProgress: (progress) =>
            setState((s) => (s.phase === 'uploading' && controller.current === mine ? { ...s, progress } : s)),
        });
        if (controller.current !== mine) return;
        controller.current = null;
        setState({ phase: 'done', model });
      } catch (error) {
        if (isAbortError(error) || controller.current !== mine) return;
        controller.current = null;
        const message = isApiError(error)
          ? (error.fields.file ?? error.message)
          : 'The upload failed. Please try again.';
        setState({ phase: 'failed', fileName: file.name, message });
      }
    },
    [abortCurrent],
  );

  const cancel = useCallback(() => {
    abortCurrent();
    setState({ phase: 'idle' });
  }, [abortCurrent]);

  /** Forget the current file, e.g. when the server says the upload expired. */
  const fail = useCallback(
    (message: string) => {
      abortCurrent();
      setState((s) => ({
        phase: 'failed',
        fileName: s.phase === 'done' ? s.model.filename : s.phase === 'idle' ? '' : s.fileName,
        message,
      }));
    },
    [abortCurrent],
  );

  return { state, choose, cancel, reset: cancel, fail };
}
