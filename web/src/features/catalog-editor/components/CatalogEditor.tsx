'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { TextField } from '@/components/ui/TextField';
import { adminActionError } from '@/features/admin/action-error';
import type { Catalog } from '@/features/catalog/api/catalog';
import { getCatalog } from '@/features/catalog/api/catalog';
import { isAbortError, isApiError } from '@/lib/api';
import { CHOOSE_ACTING_STAFF_FIRST, useActingStaff } from '@/lib/staff-session';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { saveCatalog } from '../api/catalog-editor';
import { apiFieldErrors, buildContent, draftFrom, firstErrorPath, rowsFor, validateDraft, type CatalogDraft, type FieldErrors } from '../draft';
import { CatalogMethods } from './CatalogMethods';
import { GROW, Section } from './Section';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'loaded'; catalog: Catalog };

type TextKey = Exclude<keyof CatalogDraft, 'methods' | 'printers'>;

/** Admin → Catalog: everything lab-specific the pages show, edited as one new version. */
export function CatalogEditor() {
  const { staffName, focusPicker } = useActingStaff();
  const onSessionExpired = useSessionExpiry();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [draft, setDraft] = useState<CatalogDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    getCatalog(controller.signal).then(
      (catalog) => {
        setLoaded({ state: 'loaded', catalog });
        setDraft(draftFrom(catalog));
        setDirty(false);
        setErrors({});
        setConflict(null);
      },
      (error: unknown) => {
        if (isAbortError(error)) return;
        setLoaded({ state: 'error', message: isApiError(error) ? error.message : 'Could not load the catalog.' });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(() => {
    if (saved !== null) savedRef.current?.focus();
  }, [saved]);
  // Leaving with unsaved edits asks first (the browser's own "leave site?" question).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  function reload() {
    setLoaded({ state: 'loading' });
    setSaved(null);
    setFormError(null);
    setAttempt((n) => n + 1);
  }

  function change(next: CatalogDraft) {
    setDraft(next);
    setDirty(true);
    setSaved(null);
  }

  function setText(key: TextKey, value: string) {
    if (!draft) return;
    change({ ...draft, [key]: value });
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  }

  function focusField(path: string | null) {
    if (!path) return;
    // After React has drawn the errors.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-path="${path}"]`)?.focus());
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !draft || loaded.state !== 'loaded') return;
    setFormError(null);
    setSaved(null);
    const found = validateDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError('Some fields need a look: they are marked below.');
      return focusField(firstErrorPath(found, draft));
    }
    if (!staffName) {
      setFormError(CHOOSE_ACTING_STAFF_FIRST);
      return focusPicker();
    }
    setBusy(true);
    try {
      const catalog = await saveCatalog(buildContent(draft), loaded.catalog.version, staffName);
      setLoaded({ state: 'loaded', catalog });
      setDraft(draftFrom(catalog));
      setDirty(false);
      setSaved(catalog.version);
    } catch (error) {
      if (onSessionExpired(error)) return;
      if (isApiError(error) && (error.status === 412 || error.status === 409)) {
        setConflict(error.message);
        return;
      }
      if (isApiError(error) && error.status === 422 && error.code !== 'unknown_staff') {
        const mapped = apiFieldErrors(error.fields);
        setErrors(mapped.fields);
        const general = mapped.general.join(' ');
        setFormError(general || (Object.keys(mapped.fields).length ? 'The server refused some fields: they are marked below.' : error.message));
        return focusField(firstErrorPath(mapped.fields, draft));
      }
      setFormError(adminActionError(error, 'Could not save the catalog. Please try again.'));
    } finally {
      setBusy(false);
    }
  }

  const header = (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Catalog</h1>
      <p className="mt-1 text-sm text-slate-600">
        What the submission form, the tracking page and the dashboard show. Saving makes a new version; students see it at
        once.
      </p>
    </div>
  );

  if (loaded.state === 'loading' || !draft) {
    if (loaded.state === 'error') {
      return (
        <div className="space-y-6">
          {header}
          <Alert tone="error" title="The catalog could not be loaded">
            <p>{loaded.message}</p>
            <Button variant="secondary" className="mt-3" onClick={reload}>
              Try again
            </Button>
          </Alert>
        </div>
      );
    }
    return (
      <div className="space-y-6">
        {header}
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
          <Spinner /> Loading the catalog…
        </p>
      </div>
    );
  }

  const version = loaded.state === 'loaded' ? loaded.catalog.version : null;
  const text = (key: TextKey) => ({
    name: key,
    'data-path': key,
    value: draft[key],
    error: errors[key],
    readOnly: busy,
    onChange: (e: { target: { value: string } }) => setText(key, e.target.value),
  });

  return (
    <div className="space-y-6">
      {header}
      {!staffName && (
        <Alert tone="info" title="Who is making changes?">
          Choose your name in “Performing action as” at the top of the page: every change here is recorded under it.
        </Alert>
      )}
      {conflict && (
        <Alert ref={conflictRef} tone="error" title="Someone else saved the catalog">
          <p>{conflict}</p>
          <p className="mt-1">Reloading shows their version; the changes you made here are not kept.</p>
          <Button variant="secondary" className="mt-3" onClick={reload}>
            Reload the catalog
          </Button>
        </Alert>
      )}
      {saved !== null && (
        <Alert ref={savedRef} tone="success" title={`Saved as version ${saved}.`}>
          Students see the new catalog on their next page load.
        </Alert>
      )}

      <form noValidate onSubmit={submit} className="space-y-6" aria-describedby="catalog-version">
        <p id="catalog-version" className="text-sm text-slate-600">
          Editing version {version}
          {dirty && <strong className="ml-2 font-semibold text-amber-900">· Unsaved changes</strong>}
        </p>

        <Section title="The lab">
          <div className="grid gap-4 md:grid-cols-2">
            <TextField label="Lab name" {...text('lab_name')} className="md:col-span-2" />
            <TextField label="Pickup location" hint="Where students collect their prints." {...text('pickup_location')} />
            <TextField label="Pickup hours" hint="As students read them, e.g. Mon–Fri 8:30–4:30." {...text('pickup_hours')} />
            <TextField label="Payment method" hint="What students pay with at pickup." {...text('payment_method')} />
            <TextField label="Pickup reminder after (days)" hint="One e-mail if a finished print waits. 0 for none." inputMode="numeric" autoComplete="off" {...text('pickup_reminder_days')} />
            <TextField label="Time zone" hint="Dates are shown in it, e.g. America/Chicago." autoComplete="off" {...text('time_zone')} />
            <TextField label="Currency" hint="Three letters, e.g. USD." autoComplete="off" {...text('currency')} />
            <TextField label="Minimum charge" hint="Charged when a print costs less. 0.00 for none." inputMode="decimal" autoComplete="off" {...text('minimum_charge')} />
          </div>
        </Section>

        <Section title="Lists students and staff choose from" about="One entry per line.">
          <div className="grid gap-4 md:grid-cols-2">
            <TextAreaField label="Disciplines" rows={rowsFor(draft.disciplines)} style={GROW} {...text('disciplines')} />
            <TextAreaField label="Rejection reasons" rows={rowsFor(draft.rejection_reasons)} style={GROW} {...text('rejection_reasons')} />
            <TextAreaField label="Disclaimer lines" hint="Shown above the submit button; may be empty." rows={rowsFor(draft.disclaimer)} style={GROW} {...text('disclaimer')} className="md:col-span-2" />
          </div>
        </Section>

        <CatalogMethods draft={draft} errors={errors} busy={busy} onChange={change} setErrors={setErrors} />

        <Section title="Retention" about="The defaults the Retention page offers.">
          <div className="grid gap-4 md:grid-cols-2">
            <TextField label="Archive after (days)" hint="Picked-up and rejected jobs, after their last change." inputMode="numeric" autoComplete="off" {...text('archive_after_days')} />
            <TextField label="Prune after (days)" hint="Archived jobs are deleted for good this long after archiving." inputMode="numeric" autoComplete="off" {...text('prune_after_days')} />
          </div>
        </Section>

        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <Button type="submit" loading={busy} disabled={conflict !== null}>
            Save catalog
          </Button>
          <Button variant="secondary" onClick={reload} disabled={busy || !dirty}>
            Discard changes
          </Button>
          {staffName && <p className="text-xs text-slate-600">Recorded as changed by {staffName}.</p>}
        </div>
      </form>
    </div>
  );
}
