'use client';

import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { useCatalog } from '@/features/catalog/hooks/use-catalog';
import { SubmissionDisclaimer } from '@/features/submissions/components/SubmissionDisclaimer';
import { SubmitForm } from '@/features/submissions/components/SubmitForm';

/** The catalog decides every choice on the form, so the form waits for it. */
export function SubmitScreen() {
  const { catalog, retry } = useCatalog();

  if (catalog.state === 'loading') {
    return (
      <p className="mt-8 flex items-center gap-2 text-slate-600" role="status">
        <Spinner /> Loading the lab’s print options…
      </p>
    );
  }
  if (catalog.state === 'error') {
    return (
      <Alert tone="error" title="The form could not be loaded" className="mt-6">
        <p>{catalog.message}</p>
        <Button variant="secondary" className="mt-3" onClick={retry}>
          Try again
        </Button>
      </Alert>
    );
  }
  return (
    <div className="mt-6 space-y-6">
      <SubmissionDisclaimer points={catalog.catalog.disclaimer ?? []} labName={catalog.catalog.lab_name} />
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <SubmitForm catalog={catalog.catalog} />
      </div>
    </div>
  );
}
