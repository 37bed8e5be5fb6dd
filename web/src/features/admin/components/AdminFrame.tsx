'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { useStaffSession } from '@/lib/staff-session';

const SECTIONS = [
  { href: '/admin/staff', label: 'Staff' },
  { href: '/admin/workstations', label: 'Workstations' },
  { href: '/admin/retention', label: 'Retention' },
  { href: '/admin/email', label: 'E-mail log' },
  { href: '/admin/catalog', label: 'Catalog' },
  { href: '/admin/files', label: 'Files audit' },
  { href: '/admin/overrides', label: 'Overrides' },
  { href: '/admin/diagnostics', label: 'Diagnostics' },
] as const;

/**
 * Frame of the admin pages: their navigation for an admin workstation, and a
 * plain refusal for a staff one (the API refuses it too; this just says so).
 */
export function AdminFrame({ children }: { children: ReactNode }) {
  const { role, workstation } = useStaffSession();
  const pathname = usePathname();

  if (role !== 'admin') {
    return (
      <section
        aria-labelledby="admin-refused-heading"
        className="mx-auto max-w-xl rounded-xl border border-slate-300 bg-white p-6 shadow-sm"
        data-testid="admin-refused"
      >
        <p className="flex items-center gap-2 text-sm font-semibold text-slate-600">
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5 text-slate-500">
            <path d="M10 2a4 4 0 0 0-4 4v2H5a1.5 1.5 0 0 0-1.5 1.5v7A1.5 1.5 0 0 0 5 18h10a1.5 1.5 0 0 0 1.5-1.5v-7A1.5 1.5 0 0 0 15 8h-1V6a4 4 0 0 0-4-4Zm2.5 6h-5V6a2.5 2.5 0 0 1 5 0v2Z" />
          </svg>
          Admin only
        </p>
        <h1 id="admin-refused-heading" className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">
          This page needs an admin workstation
        </h1>
        <p className="mt-2 text-slate-700">
          You are signed in at <strong className="font-mono">{workstation}</strong>, a staff workstation. The lab’s staff, workstations,
          catalog, files, overrides, retention, e-mail and diagnostics are only open to a workstation with the admin role.
        </p>
        <Link
          href="/dashboard"
          className="mt-5 inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50"
        >
          Back to the dashboard
        </Link>
      </section>
    );
  }

  return (
    <div className="flex flex-col gap-6 md:flex-row md:gap-8">
      <nav aria-label="Admin" className="md:w-48 md:shrink-0">
        <p className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Admin</p>
        <ul className="flex flex-wrap gap-x-2 gap-y-1 md:flex-col md:flex-nowrap md:gap-1">
          {SECTIONS.map(({ href, label }) => {
            const current = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={href}>
                <Link
                  href={href}
                  aria-current={current ? 'page' : undefined}
                  className={`flex min-h-11 items-center rounded-lg border-b-4 px-3 text-sm font-semibold whitespace-nowrap md:border-b-0 md:border-l-4 ${
                    current
                      ? 'border-teal-700 bg-teal-50 text-teal-900'
                      : 'border-transparent text-slate-700 hover:bg-slate-100'
                  }`}
                >
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
