import type { Metadata } from 'next';
import { PublicPage } from '@/components/PublicPage';
import { SubmitForm } from '@/features/submissions/components/SubmitForm';

export const metadata: Metadata = { title: 'Submit a print' };

export default function SubmitPage() {
  return (
    <PublicPage>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">Submit a print</h1>
      <p className="mt-2 text-slate-700">
        Tell us who you are and upload your model. Staff will check it and e-mail you the price.
      </p>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <SubmitForm />
      </div>
    </PublicPage>
  );
}
