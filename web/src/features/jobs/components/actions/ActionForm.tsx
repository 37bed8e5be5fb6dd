'use client';

import type { Catalog } from '@/features/catalog/api/catalog';
import type { ActionRequest } from '../../api/job-actions';
import type { JobDetail } from '../../api/jobs';
import type { ActionFailure } from '../../model/action-failure';
import { consequence } from '../../model/action-texts';
import type { ActionKind } from '../../model/job-actions';
import { ApproveForm } from './ApproveForm';
import { ConfirmStep } from './ConfirmStep';
import { DeleteForm } from './DeleteForm';
import { MarkPrintingForm } from './MarkPrintingForm';
import { NotesForm } from './NotesForm';
import { PaymentForm } from './PaymentForm';
import { RejectForm } from './RejectForm';

/** What every step's form gets from the dialog. */
export interface ActionFormProps {
  job: JobDetail;
  catalog: Catalog | null;
  busy: boolean;
  failure: ActionFailure | null;
  onSubmit: (request: ActionRequest) => void;
  onCancel: () => void;
}

type SimpleKind = 'review' | 'unreview' | 'resend-confirmation' | 'mark-complete' | 'revert-completion' | 'revert-pickup';

const SIMPLE: Record<SimpleKind, { request: ActionRequest; confirm: string }> = {
  review: { request: { kind: 'review', reviewed: true }, confirm: 'Mark reviewed' },
  unreview: { request: { kind: 'review', reviewed: false }, confirm: 'Mark as new again' },
  'resend-confirmation': { request: { kind: 'resend-confirmation' }, confirm: 'Send a new link' },
  'mark-complete': { request: { kind: 'mark-complete' }, confirm: 'Mark complete and e-mail' },
  'revert-completion': { request: { kind: 'revert-completion' }, confirm: 'Move back to Printing' },
  'revert-pickup': { request: { kind: 'revert-pickup' }, confirm: 'Move back to Completed' },
};

/** The form (and confirmation) of one step. */
export function ActionForm({ kind, ...props }: ActionFormProps & { kind: ActionKind }) {
  switch (kind) {
    case 'approve':
      return <ApproveForm {...props} />;
    case 'reject':
      return <RejectForm {...props} />;
    case 'mark-printing':
      return <MarkPrintingForm {...props} />;
    case 'payment':
      return <PaymentForm {...props} />;
    case 'delete':
      return <DeleteForm {...props} />;
    case 'notes':
      return <NotesForm {...props} />;
    default: {
      // Steps with nothing to fill in: only the confirmation.
      const { request, confirm } = SIMPLE[kind];
      return (
        <ConfirmStep
          consequence={consequence(request, props.job)}
          confirmLabel={confirm}
          busy={props.busy}
          onConfirm={() => props.onSubmit(request)}
          onCancel={props.onCancel}
        />
      );
    }
  }
}
