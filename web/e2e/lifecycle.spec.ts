import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { cardOf, mailsTo, requireEnv, signIn, snap, watchPolicyViolations } from './helpers';
import { submitJobViaApi, type SubmittedJob } from './submit-job';

/**
 * A job's approval through the real gateway, seen from two workstations and
 * the student: workstation A approves with a live quote while workstation B,
 * watching the same board, sees the lock and then the job leave Uploaded over
 * the live stream (no reload); the student confirms from the link in the
 * approval e-mail and the job reaches Ready to Print. Then a lock check on a
 * second job: A's open dialog locks the card on B until A closes it.
 */

/** The member the e2e fixture puts on the roster (tests/e2e/conftest.py). */
const STAFF = 'Morgan Lead';
/** How long a change may take to reach the other workstation through the stream. */
const LIVE_MS = 3_000;
const CONFIRM_LINK = /https?:\/\/[^\s<>"]+\/confirm\/[A-Za-z0-9_-]+/;

/** The number on a status tab. */
async function tabCount(page: Page, status: string): Promise<number> {
  const count = page.getByTestId(`count-${status}`);
  await expect(count).toHaveText(/^\d+$/);
  return Number(await count.textContent());
}

test('two workstations watch an approval live, and the student confirms from the e-mail', async ({ browser, request }) => {
  test.setTimeout(120_000);
  requireEnv('PRINTDESK_BASE_URL');
  const workstation = requireEnv('PRINTDESK_E2E_WORKSTATION');
  const password = requireEnv('PRINTDESK_E2E_PASSWORD');
  const mailDir = requireEnv('PRINTDESK_E2E_MAIL_DIR');

  const unique = Date.now();
  const contexts: BrowserContext[] = [];
  const newPage = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    return context.newPage();
  };

  try {
    let job!: SubmittedJob;
    let other!: SubmittedJob;

    await test.step('two jobs are submitted through the API', async () => {
      job = await submitJobViaApi(request, 'Lifecycle', `Student ${unique}`, `e2e.lifecycle.${unique}@example.com`);
      other = await submitJobViaApi(request, 'Locking', `Student ${unique}`, `e2e.locking.${unique}@example.com`);
    });

    const a = await newPage();
    const b = await newPage();
    // The approve dialog draws the model with WebGL and the board plays the chime: nothing may be refused.
    const refused = [a, b].map(watchPolicyViolations);

    await test.step('workstations A and B sign in to the same dashboard', async () => {
      await signIn(a, workstation, password);
      await signIn(b, workstation, password);
      for (const page of [a, b]) {
        await expect(page.getByRole('tab', { name: /^Uploaded/ })).toHaveAttribute('aria-selected', 'true');
        await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
      }
      // B looks at the whole Uploaded tab (newest first): both new jobs are on its first page.
      await expect(cardOf(b, job.shortId)).toBeVisible();
      await expect(cardOf(b, other.shortId)).toBeVisible();
    });

    await test.step(`A acts as ${STAFF} and finds the job by its Job ID`, async () => {
      const picker = a.getByRole('combobox', { name: 'Performing action as' });
      await expect(picker.locator('option', { hasText: STAFF })).toHaveCount(1);
      await picker.selectOption(STAFF);
      await a.getByRole('searchbox', { name: 'Search jobs' }).fill(job.shortId);
      await expect(a).toHaveURL(new RegExp(`[?&]search=${job.shortId}(&|$)`));
      await expect(a.getByTestId('job-card')).toHaveCount(1);
      await expect(cardOf(a, job.shortId)).toContainText(job.studentName);
      await expect(a.getByTestId('count-UPLOADED')).toHaveText('1');
    });

    const pendingBefore = await tabCount(b, 'PENDING');
    const uploadedBefore = await tabCount(b, 'UPLOADED');
    const approve = a.getByRole('dialog', { name: `Approve and quote · ${job.studentName}` });

    await test.step('A opens Approve: the dialog holds the lock, and B sees it', async () => {
      await cardOf(a, job.shortId).getByRole('button', { name: 'Approve' }).click();
      await expect(approve).toBeVisible();
      await expect(approve).toContainText(`Performing as ${STAFF}`);
      await expect(approve.getByLabel('Weight (g)')).toBeVisible(); // the lock is held: the form is shown

      const lockOnB = cardOf(b, job.shortId).getByTestId('lock-indicator');
      await expect(lockOnB).toContainText(`Locked by ${workstation} · ${STAFF}`, { timeout: LIVE_MS });
    });

    await test.step('the live quote follows the weight: 41.2 g of filament is $4.12', async () => {
      const preview = approve.getByTestId('cost-preview');
      await expect(preview).toContainText('$0.10/g Filament');
      await expect(preview).toContainText('minimum $3.00');
      await approve.getByLabel('Weight (g)').fill('10');
      await expect(preview).toContainText('Quote $3.00'); // $1.00 by weight: the minimum applies
      await expect(preview).toContainText('Minimum charge applies');
      await approve.getByLabel('Weight (g)').fill('41.2');
      await expect(preview).toContainText('Quote $4.12');
      await expect(preview).not.toContainText('Minimum charge applies');
      await approve.getByLabel('Print time (h)').fill('2.5');
      await snap(a, 'lifecycle-approve-dialog.png');
    });

    await test.step('A reviews the approval and confirms it', async () => {
      await approve.getByRole('button', { name: 'Review approval' }).click();
      const review = approve.getByTestId('confirm-step');
      await expect(review).toContainText(
        `An approval e-mail with the quote ($4.12) and a confirm link goes to ${job.studentEmail}`,
      );
      await expect(review).toContainText('Weight41.2 g');
      await expect(review).toContainText('Quote$4.12');
      await expect(review).toContainText('Prusa MK4S (student’s choice)');
      await snap(a, 'lifecycle-approve-review.png');

      await approve.getByRole('button', { name: 'Approve and e-mail the student' }).click();
      const approvedAt = Date.now();
      await expect(approve).toBeHidden();
      await expect(
        a.getByRole('status').filter({
          hasText: `Approved ${job.studentName} (${job.shortId}) at $4.12; the confirm link is on its way. Now in Pending.`,
        }),
      ).toBeVisible();

      // B did nothing: the stream alone takes the card out of its Uploaded tab and moves the counts.
      await expect(cardOf(b, job.shortId)).toBeHidden({ timeout: LIVE_MS });
      await expect(b.getByTestId('count-PENDING')).toHaveText(String(pendingBefore + 1), { timeout: LIVE_MS });
      await expect(b.getByTestId('count-UPLOADED')).toHaveText(String(uploadedBefore - 1), { timeout: LIVE_MS });
      test.info().annotations.push({ type: 'live', description: `B saw the approval after ${Date.now() - approvedAt} ms` });
      await expect(cardOf(b, other.shortId)).toBeVisible();
      await snap(b, 'lifecycle-board-b-after-approval.png');

      // A's own (searched) board moved the job too.
      await expect(a.getByTestId('count-PENDING')).toHaveText('1');
      await expect(a.getByTestId('count-UPLOADED')).toHaveText('0');
    });

    let confirmLink = '';

    await test.step('the approval e-mail carries the quote and the confirm link', async () => {
      await expect
        .poll(() => mailsTo(mailDir, job.studentEmail, 'Approved').length, {
          message: `an approval .eml in ${mailDir} addressed to ${job.studentEmail}`,
          timeout: 20_000,
          intervals: [250, 500, 1_000],
        })
        .toBeGreaterThan(0);
      const mails = mailsTo(mailDir, job.studentEmail, 'Approved');
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail.subject).toContain(job.shortId);
      expect(mail.text).toContain('$4.12');
      confirmLink = CONFIRM_LINK.exec(mail.text)?.[0] ?? '';
      expect(confirmLink, `a /confirm/<token> link in:\n${mail.text}`).not.toBe('');
      expect(new URL(confirmLink).origin).toBe(new URL(process.env.PRINTDESK_BASE_URL!).origin);
    });

    await test.step('the student opens the link (not signed in) and sees the quote', async () => {
      const student = await newPage();
      await student.goto(confirmLink);
      await expect(student.getByRole('heading', { level: 1, name: 'Confirm your print' })).toBeVisible();
      await expect(student.getByText(`Job ID ${job.shortId}`)).toBeVisible();
      await expect(student.getByTestId('quote-cost')).toContainText('$4.12');
      await expect(student.getByText('41.2 g')).toBeVisible();
      await snap(student, 'lifecycle-confirm-quote.png');

      await student.getByRole('button', { name: 'Confirm and add to the print queue' }).click();
      const confirmed = student.getByTestId('confirmed');
      await expect(confirmed).toContainText('Confirmed — your print is in the queue');
      await expect(confirmed).toBeFocused();
      await expect(student.getByRole('button', { name: 'Confirm and add to the print queue' })).toHaveCount(0);
      await snap(student, 'lifecycle-confirmed.png');

      // The link worked once: opened again, it says the print is already in the queue.
      await student.reload();
      await expect(student.getByTestId('used')).toBeVisible();
      await expect(student.getByRole('button', { name: 'Confirm and add to the print queue' })).toHaveCount(0);
    });

    await test.step('the job is in Ready to Print on the dashboard', async () => {
      // The student's confirmation reaches A over the stream too: no Refresh.
      await expect(a.getByTestId('count-READYTOPRINT')).toHaveText('1', { timeout: LIVE_MS });
      await expect(a.getByTestId('count-PENDING')).toHaveText('0');
      await a.getByRole('tab', { name: /^Ready to Print/ }).click();
      await expect(a).toHaveURL(/status=READYTOPRINT/);
      const card = cardOf(a, job.shortId);
      await expect(card).toBeVisible();
      await expect(card).toContainText('$4.12');
      await expect(card.getByRole('button', { name: 'Mark printing' })).toBeVisible();
      await snap(a, 'lifecycle-ready-to-print.png');
    });

    await test.step('a dialog open on A locks the other job on B until A closes it', async () => {
      await a.getByRole('button', { name: 'Clear search' }).click();
      await a.getByRole('tab', { name: /^Uploaded/ }).click();
      await a.getByRole('searchbox', { name: 'Search jobs' }).fill(other.shortId);
      await expect(a.getByTestId('job-card')).toHaveCount(1);
      await cardOf(a, other.shortId).getByRole('button', { name: 'Notes' }).click();
      const notes = a.getByRole('dialog', { name: `Staff notes · ${other.studentName}` });
      await expect(notes).toBeVisible();
      await expect(notes.getByRole('textbox', { name: 'Notes' })).toBeVisible(); // the lock is held: the form is shown

      const card = cardOf(b, other.shortId);
      await expect(card).toHaveAttribute('data-locked', 'true', { timeout: LIVE_MS });
      await expect(card.getByTestId('lock-indicator')).toHaveText(
        `Locked by ${workstation} · ${STAFF}: its actions are unavailable until they are done.`,
      );
      const approveOnB = card.getByRole('button', { name: 'Approve' });
      await expect(approveOnB).toHaveAttribute('aria-disabled', 'true');
      // Still focusable (it says why it is unavailable), but pressing it opens nothing.
      await approveOnB.focus();
      await b.keyboard.press('Enter');
      await approveOnB.click({ force: true }); // Playwright itself refuses to click an aria-disabled button
      await expect(b.getByRole('dialog')).toHaveCount(0);
      await card.scrollIntoViewIfNeeded();
      await snap(b, 'lifecycle-board-b-locked.png');

      await notes.getByRole('button', { name: 'Cancel' }).click();
      await expect(notes).toBeHidden();
      await expect(card.getByTestId('lock-indicator')).toHaveCount(0, { timeout: LIVE_MS });
      await expect(card).not.toHaveAttribute('data-locked', 'true');
      await expect(approveOnB).not.toHaveAttribute('aria-disabled', 'true');
    });

    await test.step('closing the tab with a dialog open lets go of the lock too', async () => {
      await cardOf(a, other.shortId).getByRole('button', { name: 'Notes' }).click();
      const notes = a.getByRole('dialog', { name: `Staff notes · ${other.studentName}` });
      await expect(notes.getByRole('textbox', { name: 'Notes' })).toBeVisible();
      const card = cardOf(b, other.shortId);
      await expect(card.getByTestId('lock-indicator')).toBeVisible({ timeout: LIVE_MS });
      await a.close({ runBeforeUnload: true }); // as a browser tab closes: pagehide fires
      await expect(card.getByTestId('lock-indicator')).toHaveCount(0, { timeout: LIVE_MS });
    });
    expect(refused.flat(), 'the browser refused something under the Content-Security-Policy').toEqual([]);
  } finally {
    for (const context of contexts) await context.close();
  }
});
