'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import { isApiError } from '@/lib/api';
import { safeNextPath } from '@/lib/safe-redirect';
import { useFocusAfterRender } from '@/lib/use-focus-after-render';
import { login } from '../api/auth';

interface LoginFormProps {
  /** "expired" when a staff page sent the browser here after a 401. */
  reason?: string | null;
  /** Where to go after signing in; only same-origin paths are honoured. */
  next?: string | null;
}

type Errors = { workstation?: string; password?: string };

/** "You can try again at 2:35 PM (in about 5 minutes)." from a Retry-After in seconds. */
export function retryAfterText(seconds: number, now = new Date()): string {
  const at = new Date(now.getTime() + seconds * 1000);
  const clock = at.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  return `You can try again at ${clock} (in ${wait}).`;
}

export function LoginForm({ reason, next }: LoginFormProps) {
  const router = useRouter();
  const [workstation, setWorkstation] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const workstationRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const focusField = useFocusAfterRender<'workstation' | 'password'>((field) =>
    (field === 'workstation' ? workstationRef : passwordRef).current?.focus(),
  );

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFormError(null);
    const found: Errors = {
      workstation: workstation.trim() ? undefined : 'Enter the workstation name.',
      password: password ? undefined : 'Enter the password.',
    };
    setErrors(found);
    if (found.workstation) return focusField('workstation');
    if (found.password) return focusField('password');

    setSubmitting(true);
    try {
      await login({ workstation: workstation.trim(), password });
      router.replace(safeNextPath(next));
    } catch (error) {
      setSubmitting(false);
      setPassword('');
      if (isApiError(error)) {
        setErrors({ workstation: error.fields.workstation, password: error.fields.password });
        const message =
          error.status === 401 && error.code === 'http_error' ? 'Wrong workstation name or password.' : error.message;
        setFormError(
          error.status === 429 && error.retryAfterSeconds !== null
            ? `${message} ${retryAfterText(error.retryAfterSeconds)}`
            : message,
        );
      } else {
        setFormError('Something went wrong. Please try again.');
      }
      focusField('password');
    }
  }

  return (
    <form method="post" noValidate onSubmit={handleSubmit} className="space-y-5">
      {reason === 'expired' && !formError && (
        <Alert tone="info">Your session ended — please sign in again.</Alert>
      )}
      {formError && <Alert tone="error">{formError}</Alert>}

      <TextField
        ref={workstationRef}
        label="Workstation name"
        name="workstation"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={workstation}
        error={errors.workstation}
        readOnly={submitting}
        onChange={(e) => setWorkstation(e.target.value)}
      />
      <TextField
        ref={passwordRef}
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        error={errors.password}
        readOnly={submitting}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" loading={submitting} className="w-full">
        {submitting ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
