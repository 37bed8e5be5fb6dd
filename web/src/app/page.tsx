import Link from 'next/link';
import { PublicPage } from '@/components/PublicPage';

export default function HomePage() {
  return (
    <PublicPage width="wide">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">PrintDesk</h1>
      <p className="mt-3 max-w-prose text-lg text-slate-700">
        Get your 3D model printed at the fab lab. Send us the file, we check it and tell you the price, and you pick up
        the print when it is ready.
      </p>
      <div className="mt-8 grid gap-4 sm:grid-cols-2">
        <Link
          href="/submit"
          className="group rounded-xl border border-teal-700 bg-teal-700 p-5 text-white shadow-sm transition-colors hover:bg-teal-800"
        >
          <span className="block text-lg font-semibold">Submit a print <span aria-hidden="true">→</span></span>
          <span className="mt-1 block text-sm text-teal-50">For students: upload an STL, OBJ or 3MF file.</span>
        </Link>
        <Link
          href="/login"
          className="rounded-xl border border-slate-300 bg-white p-5 text-slate-900 shadow-sm transition-colors hover:bg-slate-50"
        >
          <span className="block text-lg font-semibold">Staff sign-in <span aria-hidden="true">→</span></span>
          <span className="mt-1 block text-sm text-slate-600">For fab lab staff at a workstation.</span>
        </Link>
      </div>
    </PublicPage>
  );
}
