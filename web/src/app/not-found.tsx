import Link from 'next/link';
import { PublicPage } from '@/components/PublicPage';

export default function NotFound() {
  return (
    <PublicPage>
      <h1 className="text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="mt-2 text-slate-700">That address does not exist in PrintDesk.</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-teal-800 underline underline-offset-2">
        Go to the start page
      </Link>
    </PublicPage>
  );
}
