'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import { isApiError } from '@/lib/api';
import { useFocusAfterRender } from '@/lib/use-focus-after-render';
import { createSubmission } from '../api/submissions';
import { useModelUpload } from '../hooks/use-model-upload';
import { EMAIL_MAX, NAME_MAX, validateStudentEmail, validateStudentName } from '../validation';
import { ModelFileField, type ModelFileFieldHandle } from './ModelFileField';

type FieldName = 'student_name' | 'student_email' | 'file';
type Errors = Partial<Record<FieldName, string>>;

const FIELD_ORDER: FieldName[] = ['student_name', 'student_email', 'file'];

/** The student's print request: who they are, and the model they uploaded. */
export function SubmitForm() {
  const router = useRouter();
  const upload = useModelUpload();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<ModelFileFieldHandle>(null);

  // "Please wait for the upload" no longer applies once it has finished.
  useEffect(() => {
    if (upload.state.phase === 'done') setErrors((prev) => (prev.file ? { ...prev, file: undefined } : prev));
  }, [upload.state.phase]);

  const focusField = useFocusAfterRender<FieldName>((field) => {
    if (field === 'student_name') nameRef.current?.focus();
    else if (field === 'student_email') emailRef.current?.focus();
    else fileRef.current?.focus();
  });

  const fileError = (): string | undefined => {
    switch (upload.state.phase) {
      case 'idle':
        return 'Choose your model file.';
      case 'uploading':
        return 'Please wait until the upload has finished.';
      case 'failed':
        return upload.state.message;
      case 'done':
        return undefined;
    }
  };

  const setFieldError = (field: FieldName, message: string | undefined) =>
    setErrors((prev) => ({ ...prev, [field]: message }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFormError(null);

    const found: Errors = {
      student_name: validateStudentName(name),
      student_email: validateStudentEmail(email),
      // A failed upload already shows its own message inside the file field.
      file: upload.state.phase === 'failed' ? undefined : fileError(),
    };
    const firstBad = FIELD_ORDER.find((f) => found[f] || (f === 'file' && upload.state.phase === 'failed'));
    setErrors(found);
    if (firstBad || upload.state.phase !== 'done') {
      focusField(firstBad ?? 'file');
      return;
    }

    setSubmitting(true);
    try {
      const receipt = await createSubmission({
        student_name: name.trim(),
        student_email: email.trim(),
        upload_id: upload.state.model.upload_id,
      });
      router.push(`/submit/success?job=${encodeURIComponent(receipt.short_id)}`);
      // Stay "submitting" until the success page replaces this one.
    } catch (error) {
      setSubmitting(false);
      if (!isApiError(error)) {
        setFormError('Something went wrong. Please try again.');
        return;
      }
      const serverErrors: Errors = {
        student_name: error.fields.student_name,
        student_email: error.fields.student_email,
      };
      const uploadProblem = error.fields.upload_id ?? error.fields.file;
      if (uploadProblem) upload.fail(uploadProblem);
      setErrors(serverErrors);
      setFormError(error.message);
      const firstServerBad = FIELD_ORDER.find((f) => (f === 'file' ? uploadProblem : serverErrors[f]));
      if (firstServerBad) focusField(firstServerBad);
    }
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-6" aria-describedby="submit-form-intro">
      <p id="submit-form-intro" className="text-sm text-slate-600">
        All fields are required. We only use your e-mail address to tell you about this print.
      </p>

      {formError && (
        <Alert tone="error" title="We could not send your request">
          {formError}
        </Alert>
      )}

      <TextField
        ref={nameRef}
        label="Full name"
        name="student_name"
        autoComplete="name"
        maxLength={NAME_MAX + 20}
        value={name}
        error={errors.student_name}
        readOnly={submitting}
        onChange={(e) => {
          setName(e.target.value);
          if (errors.student_name) setFieldError('student_name', validateStudentName(e.target.value));
        }}
        onBlur={() => name && setFieldError('student_name', validateStudentName(name))}
      />

      <TextField
        ref={emailRef}
        label="E-mail address"
        hint="Use an address you check: the price or feedback will arrive here."
        name="student_email"
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        maxLength={EMAIL_MAX + 20}
        value={email}
        error={errors.student_email}
        readOnly={submitting}
        onChange={(e) => {
          setEmail(e.target.value);
          if (errors.student_email) setFieldError('student_email', validateStudentEmail(e.target.value));
        }}
        onBlur={() => email && setFieldError('student_email', validateStudentEmail(email))}
      />

      <ModelFileField
        ref={fileRef}
        state={upload.state}
        error={errors.file}
        disabled={submitting}
        onChoose={(file) => {
          setFieldError('file', undefined);
          void upload.choose(file);
        }}
        onCancel={() => {
          setFieldError('file', undefined);
          upload.cancel();
        }}
      />

      <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-5 sm:flex-row sm:items-center sm:justify-end">
        <Button type="submit" loading={submitting} className="w-full sm:w-auto">
          {submitting ? 'Sending request…' : 'Submit print request'}
        </Button>
      </div>
    </form>
  );
}
