'use client';

import { useCallback, useEffect, useState } from 'react';
import { isAbortError, isApiError } from '@/lib/api';
import { downloadJobModel } from '../../api/job-files';
import { modelFormatOf, noPreviewReason, type ModelFormat } from '../../model/model-format';
import { ModelParseError, disposeObject, parseModel, type ParsedModel } from './parse-model';

export type ModelFileState =
  | { state: 'loading' }
  | { state: 'ready'; model: ParsedModel; format: ModelFormat; fileName: string | null }
  | { state: 'unsupported'; message: string }
  | { state: 'error'; message: string };

/**
 * Download the job's model (or `name` in its folder) and read it with the
 * loader its name or Content-Type calls for. The parsed model belongs to this
 * hook: it is freed when the file changes or the component goes away.
 */
export function useModelFile(
  jobId: string,
  name: string | null | undefined,
  fileName: string | null | undefined,
  onSessionExpired: (error: unknown) => boolean,
) {
  const [file, setFile] = useState<ModelFileState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    let parsed: ParsedModel | null = null;
    setFile({ state: 'loading' });
    downloadJobModel(jobId, name, controller.signal)
      .then(async (download) => {
        const shownName = download.fileName ?? fileName ?? name ?? null;
        const format = modelFormatOf(shownName, download.contentType);
        if (!format) {
          setFile({ state: 'unsupported', message: noPreviewReason(shownName ?? '') });
          return;
        }
        // Let the loading state paint before a big file keeps the main thread busy.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (controller.signal.aborted) return;
        parsed = parseModel(download.bytes, format);
        setFile({ state: 'ready', model: parsed, format, fileName: shownName });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted || isAbortError(error) || onSessionExpired(error)) return;
        const message =
          isApiError(error) && error.code === 'too_large'
            ? 'This file is too large to preview here; open it in the slicer.'
            : error instanceof ModelParseError || isApiError(error)
              ? error.message
              : 'Could not show this model.';
        setFile({ state: 'error', message });
      });
    return () => {
      controller.abort();
      if (parsed) disposeObject(parsed.object);
    };
  }, [jobId, name, fileName, attempt, onSessionExpired]);

  return { file, retry };
}
