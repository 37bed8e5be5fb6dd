'use client';

import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { isAbortError, isApiError } from '@/lib/api';
import { formatDate } from '@/lib/format-date';
import { useActingStaff } from '@/lib/staff-session';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { listWorkstations, type WorkstationAccount } from '../api/workstations';
import { WorkstationDialog, type WorkstationDialogKind } from './WorkstationDialogs';

type ListState =
  | { state: 'loading' }
  | { state: 'loaded'; workstations: WorkstationAccount[] }
  | { state: 'error'; message: string };

/** Admin → Workstations: the shared computers' sign-ins and what each may do. */
export function WorkstationsAdmin() {
  const { staffName, workstation: current } = useActingStaff();
  const onSessionExpired = useSessionExpiry();
  const [list, setList] = useState<ListState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [open, setOpen] = useState<{ kind: WorkstationDialogKind; workstation?: WorkstationAccount } | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    listWorkstations(controller.signal).then(
      ({ workstations }) => setList({ state: 'loaded', workstations }),
      (error: unknown) => {
        if (isAbortError(error) || onSessionExpired(error)) return;
        setList({ state: 'error', message: isApiError(error) ? error.message : 'Could not load the workstations.' });
      },
    );
    return () => controller.abort();
  }, [attempt, onSessionExpired]);

  const openDialog = (kind: WorkstationDialogKind, workstation?: WorkstationAccount) => {
    setStatus('');
    setOpen({ kind, workstation });
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Workstations</h1>
          <p className="mt-1 text-sm text-slate-600">One sign-in per shared computer. Admin workstations can open these pages.</p>
        </div>
        <Button onClick={() => openDialog('create')}>New workstation</Button>
      </div>

      {!staffName && (
        <Alert tone="info" title="Who is making changes?">
          Choose your name in “Performing action as” at the top of the page: every change here is recorded under it.
        </Alert>
      )}

      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
      {status && (
        <p className="flex items-center gap-2 text-sm font-medium text-emerald-800" aria-hidden="true">
          <span>✓</span>
          {status}
        </p>
      )}

      {list.state === 'loading' && (
        <p className="flex items-center gap-2 text-slate-600" role="status">
          <Spinner /> Loading workstations…
        </p>
      )}
      {list.state === 'error' && (
        <Alert tone="error" title="Could not load the workstations">
          <p>{list.message}</p>
          <Button variant="secondary" className="mt-3" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </Button>
        </Alert>
      )}
      {list.state === 'loaded' && (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {list.workstations.map((ws) => (
            <li key={ws.name} className="flex flex-col gap-3 px-4 py-3 lg:flex-row lg:items-center lg:justify-between" data-testid="workstation-row">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className={`font-mono font-semibold break-all ${ws.is_active ? 'text-slate-900' : 'text-slate-500'}`}>
                    {ws.name}
                  </span>
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-semibold ${
                      ws.is_admin ? 'bg-violet-100 text-violet-900' : 'bg-slate-100 text-slate-700'
                    }`}
                  >
                    {ws.is_admin ? 'Admin' : 'Staff'}
                  </span>
                  {!ws.is_active && (
                    <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs font-semibold text-slate-600">
                      Disabled
                    </span>
                  )}
                  {ws.name === current && <span className="text-xs font-medium text-teal-800">(this workstation)</span>}
                </p>
                <p className="mt-0.5 text-xs text-slate-600">
                  Created {formatDate(ws.created_at)} · changed {formatDate(ws.updated_at)}
                </p>
              </div>
              <div className="flex flex-wrap gap-2" role="group" aria-label={`Change ${ws.name}`}>
                <Button variant="secondary" onClick={() => openDialog('rename', ws)} aria-label={`Rename ${ws.name}`}>
                  Rename
                </Button>
                <Button variant="secondary" onClick={() => openDialog('password', ws)} aria-label={`New password for ${ws.name}`}>
                  New password
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => openDialog('admin', ws)}
                  aria-label={`${ws.is_admin ? 'Remove admin from' : 'Make admin:'} ${ws.name}`}
                >
                  {ws.is_admin ? 'Remove admin' : 'Make admin'}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => openDialog('active', ws)}
                  aria-label={`${ws.is_active ? 'Disable' : 'Enable'} ${ws.name}`}
                >
                  {ws.is_active ? 'Disable' : 'Enable'}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {open && (
        <WorkstationDialog
          kind={open.kind}
          workstation={open.workstation}
          staffName={staffName}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            setStatus(message);
            setAttempt((n) => n + 1);
          }}
          onSessionExpired={onSessionExpired}
        />
      )}
    </div>
  );
}
