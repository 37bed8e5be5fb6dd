import type { Metadata } from 'next';
import { PublicPage } from '@/components/PublicPage';
import { LoginForm } from '@/features/auth/components/LoginForm';

export const metadata: Metadata = { title: 'Staff sign-in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { reason, next } = await searchParams;
  return (
    <PublicPage>
      <div className="mx-auto max-w-sm">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Staff sign-in</h1>
        <p className="mt-2 text-sm text-slate-600">Sign in with this workstation’s name and password.</p>
        <div className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <LoginForm
            reason={typeof reason === 'string' ? reason : null}
            next={typeof next === 'string' ? next : null}
          />
        </div>
      </div>
    </PublicPage>
  );
}
