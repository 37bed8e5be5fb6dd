'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { isAbortError, isApiError } from '@/lib/api';
import { StaffSessionProvider } from '@/lib/staff-session';
import { useSessionExpiry } from '@/lib/use-session-expiry';
import { getCurrentSession, logout, type WorkstationSession } from '../api/auth';

type SessionState =
  | { state: 'checking' }
  | { state: 'signed-in'; session: WorkstationSession }
  | { state: 'error'; message: string };

/**
 * Frame for staff pages: checks the session first (401 -> sign-in page),
 * then shows the header with the workstation name and the page itself.
 * Everything inside can read the session and the acting staff member
 * (`useStaffSession`, `useActingStaff`); `toolbar` (the route passes the
 * "Performing action as" picker) sits in a bar under the header, except on
 * the pages listed in `toolbarHiddenOn` (read-only pages: nobody acts there).
 */
export function StaffShell({
  children,
  toolbar,
  toolbarHiddenOn = [],
}: {
  children: ReactNode;
  toolbar?: ReactNode;
  toolbarHiddenOn?: readonly string[];
}) {
  const router = useRouter();
  const pathname = usePathname() ?? '';
  const onSessionExpired = useSessionExpiry();
  const [session, setSession] = useState<SessionState>({ state: 'checking' });
  const [attempt, setAttempt] = useState(0);
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setSession({ state: 'checking' });
    getCurrentSession(controller.signal).then(
      (me) => setSession({ state: 'signed-in', session: me }),
      (error: unknown) => {
        if (isAbortError(error) || onSessionExpired(error)) return;
        setSession({
          state: 'error',
          message: isApiError(error) ? error.message : 'Could not check your session.',
        });
      },
    );
    return () => controller.abort();
  }, [attempt, onSessionExpired]);

  async function signOut() {
    setSigningOut(true);
    setSignOutError(null);
    try {
      await logout();
    } catch (error) {
      // Already signed out is as good as signing out.
      if (!(isApiError(error) && error.status === 401)) {
        setSigningOut(false);
        setSignOutError(isApiError(error) ? error.message : 'Could not sign out. Please try again.');
        return;
      }
    }
    router.replace('/login');
  }

  const signedIn = session.state === 'signed-in' ? session.session : null;
  const navLink = (href: string, label: string, active: boolean) => (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={`flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold ${
        active ? 'bg-slate-100 text-slate-900 underline decoration-2 underline-offset-8' : 'text-slate-700 hover:bg-slate-100'
      }`}
    >
      {label}
    </Link>
  );

  const frame = (
    <div className="min-h-dvh">
      {/* Staff pages print without the frame (a job ticket is the page's content only). */}
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2.5">
          <Link href="/dashboard" className="flex items-center gap-2 rounded-md text-lg font-semibold text-slate-900">
            <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-teal-700 text-sm text-white">
              P
            </span>
            PrintDesk
            <span className="sr-only"> staff</span>
          </Link>
          {signedIn && (
            <nav aria-label="Staff" className="order-last w-full sm:order-none sm:w-auto">
              <ul className="flex gap-1">
                <li>{navLink('/dashboard', 'Dashboard', pathname === '/dashboard')}</li>
                <li>{navLink('/analytics', 'Analytics', pathname.startsWith('/analytics'))}</li>
                {signedIn.role === 'admin' && <li>{navLink('/admin/staff', 'Admin', pathname.startsWith('/admin'))}</li>}
              </ul>
            </nav>
          )}
          {signedIn && (
            <div className="ml-auto flex min-w-0 items-center gap-3">
              <p className="min-w-0 truncate text-right text-sm leading-tight">
                <span className="hidden text-xs text-slate-500 sm:block">
                  Signed in as{signedIn.role === 'admin' ? ' admin' : ''}
                </span>
                <span className="sr-only sm:hidden">Signed in as </span>
                <span className="font-semibold text-slate-900" data-testid="workstation-name">
                  {signedIn.workstation}
                </span>
              </p>
              <Button variant="secondary" onClick={signOut} loading={signingOut}>
                Sign out
              </Button>
            </div>
          )}
        </div>
        {signedIn && toolbar && !toolbarHiddenOn.includes(pathname) && (
          <div className="border-t border-slate-200 bg-slate-50">
            <div className="mx-auto max-w-6xl px-4 py-2">{toolbar}</div>
          </div>
        )}
      </header>

      <main id="main" className="mx-auto max-w-6xl px-4 py-6 print:max-w-none print:p-0">
        {signOutError && (
          <Alert tone="error" className="mb-4">
            {signOutError}
          </Alert>
        )}
        {session.state === 'checking' && (
          <p className="flex items-center gap-2 text-slate-600" role="status">
            <Spinner /> Checking your session…
          </p>
        )}
        {session.state === 'error' && (
          <Alert tone="error" title="Could not open the staff pages">
            <p>{session.message}</p>
            <Button variant="secondary" className="mt-3" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </Button>
          </Alert>
        )}
        {signedIn && children}
      </main>
    </div>
  );

  return signedIn ? <StaffSessionProvider session={signedIn}>{frame}</StaffSessionProvider> : frame;
}
