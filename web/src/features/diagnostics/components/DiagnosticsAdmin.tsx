'use client';

import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { isAbortError, isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/format-date';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { getDiag, getHealth, SERVICES, type ServiceName } from '../api/diagnostics';
import { summarise } from '../summary';
import type { ServiceDiag, ServiceHealth } from '../types';
import { ServiceDetails } from './ServiceDetails';
import { StatusBadge } from './StatusBadge';

type Answer<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; message: string };

interface ServiceState {
  diag: Answer<ServiceDiag>;
  health: Answer<ServiceHealth>;
}

const LABELS: Record<ServiceName, string> = { jobs: 'Jobs', files: 'Files', notify: 'Notifications', auth: 'Sign-in (auth)' };

const loadingAll = (): Record<ServiceName, ServiceState> =>
  Object.fromEntries(SERVICES.map((s) => [s, { diag: { state: 'loading' }, health: { state: 'loading' } }])) as Record<
    ServiceName,
    ServiceState
  >;

function message(error: unknown): string {
  if (isApiError(error)) return error.status ? `${error.message} (HTTP ${error.status})` : error.message;
  return 'No answer.';
}

/** Admin → Diagnostics: each service's health, version, migrations, messaging and queues, side by side. */
export function DiagnosticsAdmin() {
  const onSessionExpired = useSessionExpiry();
  const [services, setServices] = useState(loadingAll);
  const [round, setRound] = useState(0);
  const [checkedAt, setCheckedAt] = useState<string | null>(null);

  const refresh = useCallback(() => {
    setServices(loadingAll());
    setRound((n) => n + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const set = (service: ServiceName, part: keyof ServiceState, answer: Answer<ServiceDiag> | Answer<ServiceHealth>) =>
      setServices((all) => ({ ...all, [service]: { ...all[service], [part]: answer } }));
    const settle = <T,>(service: ServiceName, part: keyof ServiceState, promise: Promise<T>) =>
      promise.then(
        (value) => set(service, part, { state: 'ok', value } as Answer<ServiceDiag>),
        (error: unknown) => {
          if (isAbortError(error) || onSessionExpired(error)) return;
          set(service, part, { state: 'error', message: message(error) });
        },
      );
    void Promise.all(
      SERVICES.flatMap((service) => [
        settle(service, 'diag', getDiag(service, controller.signal)),
        settle(service, 'health', getHealth(service, controller.signal)),
      ]),
    ).then(() => {
      if (!controller.signal.aborted) setCheckedAt(new Date().toISOString());
    });
    return () => controller.abort();
  }, [round, onSessionExpired]);

  const loading = SERVICES.some((s) => services[s].diag.state === 'loading' || services[s].health.state === 'loading');

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Diagnostics</h1>
          <p className="mt-1 text-sm text-slate-600">
            How each service is doing: its database and migrations, messaging, queues, and mail or storage.
          </p>
        </div>
        <Button variant="secondary" onClick={refresh} loading={loading}>
          Refresh
        </Button>
      </div>
      <p className="text-sm text-slate-600" role="status">
        {loading ? 'Checking every service…' : checkedAt ? `Checked ${formatDateTime(checkedAt)}.` : ''}
      </p>
      <div className="grid gap-6 2xl:grid-cols-2">
        {SERVICES.map((service) => (
          <ServicePanel key={service} service={service} state={services[service]} />
        ))}
      </div>
    </div>
  );
}

function ServicePanel({ service, state }: { service: ServiceName; state: ServiceState }) {
  const headingId = `diag-${service}`;
  const { diag, health } = state;
  const healthValue = health.state === 'ok' ? health.value : null;
  const summary = diag.state === 'ok' ? summarise(diag.value, healthValue) : null;

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={diag.state === 'loading' || undefined}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      data-testid={`diag-${service}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {LABELS[service]}
        </h2>
        {diag.state === 'loading' ? (
          <span className="flex items-center gap-2 text-sm text-slate-600">
            <Spinner /> Checking…
          </span>
        ) : summary ? (
          <StatusBadge status={summary.status} />
        ) : (
          <StatusBadge status="down" text="Not answering" />
        )}
      </div>

      <HealthLine health={health} />

      {diag.state === 'error' && (
        <div className="mt-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900" role="alert">
          <p className="font-semibold">The diagnostics of this service could not be read.</p>
          <p className="mt-1">{diag.message}</p>
        </div>
      )}

      {diag.state === 'ok' && summary && (
        <>
          {summary.problems.length > 0 && (
            <ul className="mt-3 list-disc space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 pl-8 text-sm text-amber-950" aria-label={`Problems of ${LABELS[service]}`}>
              {summary.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          <ServiceDetails diag={diag.value} />
        </>
      )}
    </section>
  );
}

function HealthLine({ health }: { health: Answer<ServiceHealth> }) {
  if (health.state === 'loading') return null;
  if (health.state === 'error') {
    return <p className="mt-2 text-sm text-red-800">Health check: no answer — {health.message}</p>;
  }
  const parts = Object.entries(health.value.components);
  return (
    <p className="mt-2 text-sm text-slate-700">
      Health check: <strong className="font-semibold">{health.value.status === 'up' ? 'up' : 'DOWN'}</strong>
      {parts.length > 0 && (
        <span className="text-slate-600">
          {' '}
          ({parts.map(([name, status]) => `${name} ${status}`).join(', ')})
        </span>
      )}
    </p>
  );
}
