import type { Metadata } from 'next';
import { PublicPage } from '@/components/PublicPage';
import { SubmitScreen } from './submit-screen';

export const metadata: Metadata = { title: 'Submit a print' };

export default function SubmitPage() {
  return (
    <PublicPage width="wide">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">Submit a print</h1>
      <p className="mt-2 text-slate-700">
        Tell us who you are, how to print it, and upload your model. You see straight away whether it fits our printers
        and roughly what it costs; staff then check it and e-mail you the price.
      </p>
      <SubmitScreen />
    </PublicPage>
  );
}
