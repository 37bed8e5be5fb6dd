'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { SelectField } from '@/components/ui/SelectField';
import { TextField } from '@/components/ui/TextField';
import { isApiError } from '@/lib/api';
import { formatMoney } from '@/lib/format';
import { useFocusAfterRender } from '@/lib/use-focus-after-render';
import type { Catalog } from '@/features/catalog/api/catalog';
import { createSubmission } from '../api/submissions';
import { useModelUpload } from '../hooks/use-model-upload';
import { trackingPathFrom } from '../tracking-link';
import {
  CLASS_NUMBER_MAX,
  EMAIL_MAX,
  NAME_MAX,
  validateClassNumber,
  validatePersonName,
  validateStudentEmail,
} from '../validation';
import { ModelAnalysisPanel } from './ModelAnalysisPanel';
import { ModelFileField, type ModelFileFieldHandle } from './ModelFileField';
import { PrintMethodFields, type PrintChoice } from './PrintMethodFields';

interface Values extends PrintChoice {
  student_first_name: string;
  student_last_name: string;
  student_email: string;
  discipline: string;
  class_number: string;
  scaling_confirmed: boolean;
  min_charge_consent: boolean;
}

type FieldName = keyof Values | 'file';
type Errors = Partial<Record<FieldName, string>>;

/** Page order: the first bad field in this order gets focus. */
const FIELD_ORDER: FieldName[] = [
  'student_first_name',
  'student_last_name',
  'student_email',
  'discipline',
  'class_number',
  'print_method',
  'color',
  'printer',
  'file',
  'scaling_confirmed',
  'min_charge_consent',
];

const EMPTY: Values = {
  student_first_name: '',
  student_last_name: '',
  student_email: '',
  discipline: '',
  class_number: '',
  print_method: '',
  color: '',
  printer: '',
  scaling_confirmed: false,
  min_charge_consent: false,
};

function validate(values: Values, minimum: string): Omit<Errors, 'file'> {
  return {
    student_first_name: validatePersonName(values.student_first_name, 'first'),
    student_last_name: validatePersonName(values.student_last_name, 'last'),
    student_email: validateStudentEmail(values.student_email),
    discipline: values.discipline ? undefined : 'Choose your discipline.',
    class_number: validateClassNumber(values.class_number),
    print_method: values.print_method ? undefined : 'Choose a print method.',
    color: values.color ? undefined : values.print_method ? 'Choose a colour.' : 'Choose a print method, then a colour.',
    printer: values.printer ? undefined : values.print_method ? 'Choose a printer.' : 'Choose a print method, then a printer.',
    scaling_confirmed: values.scaling_confirmed ? undefined : 'Confirm that your model is scaled in millimetres.',
    min_charge_consent: values.min_charge_consent ? undefined : `Accept the ${minimum} minimum charge to send the request.`,
  };
}

/** The student's print request, driven by the lab catalog: who, how, which model, and consent. */
export function SubmitForm({ catalog }: { catalog: Catalog }) {
  const router = useRouter();
  const upload = useModelUpload();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<{ attempt: number; fields: FieldName[] } | null>(null);
  const [formError, setFormError] = useState<{ title: string; message: ReactNode } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const minimum = formatMoney(catalog.minimum_charge, catalog.currency);

  const inputs = useRef<Partial<Record<FieldName, HTMLElement | null>>>({});
  const fileRef = useRef<ModelFileFieldHandle>(null);
  const fieldRef = (name: FieldName) => (el: HTMLElement | null) => {
    inputs.current[name] = el;
  };

  // "Please wait for the upload" no longer applies once it has finished.
  useEffect(() => {
    if (upload.state.phase === 'done') setErrors((prev) => (prev.file ? { ...prev, file: undefined } : prev));
  }, [upload.state.phase]);

  const focusField = useFocusAfterRender<FieldName>((field) => {
    if (field === 'file') return fileRef.current?.focus();
    let el = inputs.current[field];
    // The method is a radio group: focus its chosen (or first) radio.
    if (el instanceof HTMLFieldSetElement) {
      el = el.querySelector<HTMLElement>('input:checked') ?? el.querySelector<HTMLElement>('input');
    }
    el?.scrollIntoView?.({ block: 'center' });
    el?.focus({ preventScroll: true });
  });

  const set = <K extends keyof Values>(name: K, value: Values[K]) => {
    setValues((prev) => ({ ...prev, [name]: value }));
    if (errors[name]) setErrors((prev) => ({ ...prev, [name]: undefined }));
  };

  const fileError = (): string | undefined => {
    switch (upload.state.phase) {
      case 'idle':
        return 'Choose your model file.';
      case 'uploading':
        return 'Please wait until the upload has finished.';
      case 'failed':
        return undefined; // the file field already shows why
      case 'done':
        return undefined;
    }
  };

  function showProblems(found: Errors) {
    const bad = FIELD_ORDER.filter((f) => found[f] || (f === 'file' && upload.state.phase === 'failed'));
    setErrors(found);
    setSummary(bad.length ? { attempt: (summary?.attempt ?? 0) + 1, fields: bad } : null);
    if (bad[0]) focusField(bad[0]);
    return bad.length > 0;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFormError(null);
    if (showProblems({ ...validate(values, minimum), file: fileError() }) || upload.state.phase !== 'done') return;

    setSubmitting(true);
    try {
      const receipt = await createSubmission({
        student_first_name: values.student_first_name.trim(),
        student_last_name: values.student_last_name.trim(),
        student_email: values.student_email.trim(),
        discipline: values.discipline,
        class_number: values.class_number.trim(),
        print_method: values.print_method,
        color: values.color,
        printer: values.printer,
        scaling_confirmed: true,
        min_charge_consent: true,
        upload_id: upload.state.model.upload_id,
      });
      // Our own /track page only: from the link's path, else from the bare token.
      const track =
        trackingPathFrom(receipt.tracking_url) ??
        (receipt.tracking_token ? trackingPathFrom(`/track/${encodeURIComponent(receipt.tracking_token)}`) : null);
      router.push(
        `/submit/success?job=${encodeURIComponent(receipt.short_id)}${track ? `&track=${encodeURIComponent(track)}` : ''}`,
      );
      // Stay "submitting" until the success page replaces this one.
    } catch (error) {
      setSubmitting(false);
      if (!isApiError(error)) {
        setFormError({ title: 'We could not send your request', message: 'Something went wrong. Please try again.' });
        return;
      }
      const serverErrors: Errors = {};
      for (const name of FIELD_ORDER) if (name !== 'file' && error.fields[name]) serverErrors[name] = error.fields[name];
      const uploadProblem = error.fields.upload_id ?? error.fields.file;
      if (uploadProblem) upload.fail(uploadProblem);
      const existing = error.fields.existing_job_id;
      setFormError({
        title:
          error.status === 409
            ? 'You already sent this model'
            : error.status === 429
              ? 'Too many requests from here'
              : 'We could not send your request',
        message: (
          <>
            {error.message}
            {existing && (
              <span className="mt-1 block">
                Your earlier request has the Job ID <strong className="font-mono">{existing}</strong>; you do not need
                to send it again.
              </span>
            )}
          </>
        ),
      });
      showProblems(serverErrors);
    }
  }

  const summaryLabels: Record<FieldName, string> = {
    student_first_name: 'First name',
    student_last_name: 'Last name',
    student_email: 'E-mail address',
    discipline: 'Discipline',
    class_number: 'Class number',
    print_method: 'Print method',
    color: 'Colour',
    printer: 'Printer',
    file: '3D model file',
    scaling_confirmed: 'Scaling',
    min_charge_consent: 'Minimum charge',
  };

  // The summary shrinks as the student fixes fields, and goes once all are fixed.
  const stillBad = (summary?.fields ?? []).filter((f) => errors[f] || (f === 'file' && upload.state.phase === 'failed'));

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-8" aria-describedby="submit-form-intro">
      <p id="submit-form-intro" className="text-sm text-slate-600">
        All fields are required. We only use your e-mail address to tell you about this print.
      </p>

      {formError && (
        <Alert tone="error" title={formError.title}>
          {formError.message}
        </Alert>
      )}
      {stillBad.length > 0 && !formError && (
        <Alert key={summary?.attempt} tone="error" title={`Please fix ${stillBad.length === 1 ? 'this' : `these ${stillBad.length}`} before sending`}>
          <ul className="list-disc space-y-0.5 pl-5">
            {stillBad.map((f) => (
              <li key={f}>
                <button
                  type="button"
                  className="text-left font-medium underline underline-offset-2"
                  onClick={() => focusField(f)}
                >
                  {summaryLabels[f]}
                </button>
                {errors[f] ? `: ${errors[f]}` : upload.state.phase === 'failed' && f === 'file' ? `: ${upload.state.message}` : ''}
              </li>
            ))}
          </ul>
        </Alert>
      )}

      <Section title="About you">
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            ref={fieldRef('student_first_name')}
            label="First name"
            name="student_first_name"
            autoComplete="given-name"
            maxLength={NAME_MAX + 20}
            value={values.student_first_name}
            error={errors.student_first_name}
            readOnly={submitting}
            onChange={(e) => set('student_first_name', e.target.value)}
          />
          <TextField
            ref={fieldRef('student_last_name')}
            label="Last name"
            name="student_last_name"
            autoComplete="family-name"
            maxLength={NAME_MAX + 20}
            value={values.student_last_name}
            error={errors.student_last_name}
            readOnly={submitting}
            onChange={(e) => set('student_last_name', e.target.value)}
          />
        </div>
        <TextField
          ref={fieldRef('student_email')}
          label="E-mail address"
          hint="Use an address you check: the price or feedback will arrive here."
          name="student_email"
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          maxLength={EMAIL_MAX + 20}
          value={values.student_email}
          error={errors.student_email}
          readOnly={submitting}
          onChange={(e) => set('student_email', e.target.value)}
          onBlur={() =>
            values.student_email &&
            setErrors((prev) => ({ ...prev, student_email: validateStudentEmail(values.student_email) }))
          }
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            ref={fieldRef('discipline')}
            label="Discipline"
            name="discipline"
            placeholder="Choose your discipline…"
            options={catalog.disciplines}
            value={values.discipline}
            error={errors.discipline}
            disabled={submitting}
            onChange={(e) => set('discipline', e.target.value)}
          />
          <TextField
            ref={fieldRef('class_number')}
            label="Class number"
            hint="ARCH 4000 or N/A"
            name="class_number"
            autoComplete="off"
            maxLength={CLASS_NUMBER_MAX + 10}
            value={values.class_number}
            error={errors.class_number}
            readOnly={submitting}
            onChange={(e) => set('class_number', e.target.value)}
          />
        </div>
      </Section>

      <Section title="How to print it">
        <PrintMethodFields
          catalog={catalog}
          value={values}
          errors={errors}
          disabled={submitting}
          methodRef={fieldRef('print_method')}
          colorRef={fieldRef('color')}
          printerRef={fieldRef('printer')}
          onChange={(choice) => {
            setValues((prev) => ({ ...prev, ...choice }));
            setErrors((prev) => ({
              ...prev,
              print_method: choice.print_method ? undefined : prev.print_method,
              color: choice.color ? undefined : prev.color,
              printer: choice.printer ? undefined : prev.printer,
            }));
          }}
        />
      </Section>

      <Section title="Your model">
        <ModelFileField
          ref={fileRef}
          state={upload.state}
          error={errors.file}
          disabled={submitting}
          onChoose={(file) => {
            setErrors((prev) => ({ ...prev, file: undefined }));
            void upload.choose(file);
          }}
          onCancel={() => {
            setErrors((prev) => ({ ...prev, file: undefined }));
            upload.cancel();
          }}
        >
          {upload.state.phase === 'done' && (
            <ModelAnalysisPanel analysis={upload.state.model.analysis} method={values.print_method} />
          )}
        </ModelFileField>
      </Section>

      <Section title="Before you send it">
        <CheckboxField
          ref={fieldRef('scaling_confirmed')}
          name="scaling_confirmed"
          checked={values.scaling_confirmed}
          disabled={submitting}
          error={errors.scaling_confirmed}
          onChange={(e) => set('scaling_confirmed', e.target.checked)}
          label="My model is scaled to the size I want, in millimetres, and I exported it that way. Staff print it exactly as sent."
        />
        <CheckboxField
          ref={fieldRef('min_charge_consent')}
          name="min_charge_consent"
          checked={values.min_charge_consent}
          disabled={submitting}
          error={errors.min_charge_consent}
          onChange={(e) => set('min_charge_consent', e.target.checked)}
          label={
            <>
              I understand that every print costs at least <strong className="font-semibold">{minimum}</strong>, and
              the final cost may be higher.
            </>
          }
        />
      </Section>

      <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-5 sm:flex-row sm:items-center sm:justify-end">
        <Button type="submit" loading={submitting} className="w-full sm:w-auto">
          {submitting ? 'Sending request…' : 'Submit print request'}
        </Button>
      </div>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-5">
      <legend className="mb-4 w-full border-b border-slate-200 pb-2 text-lg font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}
