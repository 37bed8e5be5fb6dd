'use client';

import { useEffect, useId, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import { Button } from '@/components/ui/Button';
import { FieldError } from '@/components/ui/TextField';
import { formatBytes } from '@/lib/format';
import type { UploadedModel } from '../api/submissions';
import type { ModelUploadState } from '../hooks/use-model-upload';
import { MODEL_EXTENSIONS } from '../validation';

export interface ModelFileFieldHandle {
  focus: () => void;
}

interface ModelFileFieldProps {
  state: ModelUploadState;
  onChoose: (file: File) => void;
  onCancel: () => void;
  /** An error from the form (e.g. "choose a file") shown instead of the upload's own. */
  error?: string;
  disabled?: boolean;
  ref?: Ref<ModelFileFieldHandle>;
  /** Shown under the uploaded file: what was measured in it. */
  children?: ReactNode;
}

export function ModelFileField({ state, onChoose, onCancel, error, disabled, ref, children }: ModelFileFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  const shownError = error ?? (state.phase === 'failed' ? state.message : undefined);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  useImperativeHandle(ref, () => ({
    focus: () => (inputRef.current ?? actionRef.current)?.focus(),
  }));

  // After "Choose a different file" the input comes back: put focus on it.
  const wantInputFocus = useRef(false);
  useEffect(() => {
    if (wantInputFocus.current && inputRef.current) {
      wantInputFocus.current = false;
      inputRef.current.focus();
    }
  }, [state.phase]);

  const showInput = state.phase === 'idle' || state.phase === 'failed';

  return (
    <div className="min-w-0">
      {showInput ? (
        <label htmlFor={`${id}-input`} className="block text-sm font-semibold text-slate-800">
          3D model file
        </label>
      ) : (
        <p className="block text-sm font-semibold text-slate-800">3D model file</p>
      )}
      <p id={hintId} className="mt-0.5 text-sm text-slate-600">
        STL, OBJ or 3MF, up to 50 MB. The upload starts as soon as you choose the file.
      </p>

      {showInput && (
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="file"
          name="file"
          accept={MODEL_EXTENSIONS.join(',')}
          disabled={disabled}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onChoose(file);
          }}
          className={`mt-2 block w-full cursor-pointer rounded-lg border border-dashed bg-white p-3 text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-md file:border-0 file:bg-teal-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-teal-800 hover:file:bg-teal-100 ${
            shownError ? 'border-red-600' : 'border-slate-400'
          }`}
        />
      )}

      {state.phase === 'uploading' && (
        <div className="mt-2 rounded-lg border border-slate-200 bg-slate-50 p-3">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
            <span className="min-w-0 truncate font-medium text-slate-900">{state.fileName}</span>
            <span className="text-slate-600">{formatBytes(state.sizeBytes)}</span>
          </div>
          <div
            role="progressbar"
            aria-label={`Uploading ${state.fileName}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(state.progress * 100)}
            className="mt-2 h-2.5 overflow-hidden rounded-full bg-slate-200"
          >
            <div
              className="h-full rounded-full bg-teal-600 transition-[width] duration-200"
              style={{ width: `${Math.max(2, Math.round(state.progress * 100))}%` }}
            />
          </div>
          <div className="mt-2 flex items-center justify-between gap-3">
            <span className="text-sm text-slate-700">Uploading… {Math.round(state.progress * 100)} %</span>
            <Button ref={actionRef} variant="secondary" onClick={onCancel} disabled={disabled}>
              Cancel upload
            </Button>
          </div>
        </div>
      )}

      {state.phase === 'done' && (
        <UploadedModelSummary
          model={state.model}
          actionRef={actionRef}
          disabled={disabled}
          onReplace={() => {
            wantInputFocus.current = true;
            onCancel();
          }}
        >
          {children}
        </UploadedModelSummary>
      )}

      {shownError && (
        <FieldError id={errorId}>
          {!error && state.phase === 'failed' && state.fileName && (
            <strong className="font-semibold break-all">{state.fileName}: </strong>
          )}
          <span>{shownError}</span>
        </FieldError>
      )}

      <p className="sr-only" aria-live="polite">
        {state.phase === 'uploading' && `Uploading ${state.fileName}.`}
        {state.phase === 'done' && `${state.model.filename} uploaded.`}
        {state.phase === 'failed' && `${state.fileName || 'The file'} was not uploaded: ${state.message}`}
      </p>
    </div>
  );
}

function UploadedModelSummary({
  model,
  actionRef,
  onReplace,
  disabled,
  children,
}: {
  model: UploadedModel;
  actionRef: Ref<HTMLButtonElement>;
  onReplace: () => void;
  disabled?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="mt-2" data-testid="upload-done">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-lg border border-emerald-300 bg-emerald-50/60 py-1.5 pr-1.5 pl-3">
        <p className="flex min-w-0 items-center gap-2 text-sm font-semibold text-emerald-900">
          <span aria-hidden="true" className="grid size-5 shrink-0 place-items-center rounded-full bg-emerald-600 text-xs text-white">
            ✓
          </span>
          <span className="min-w-0 break-all">Uploaded {model.filename}</span>
          <span className="font-normal whitespace-nowrap text-emerald-900">· {formatBytes(model.size_bytes)}</span>
        </p>
        <Button ref={actionRef} variant="ghost" onClick={onReplace} disabled={disabled}>
          Choose a different file
        </Button>
      </div>
      {children}
    </div>
  );
}
