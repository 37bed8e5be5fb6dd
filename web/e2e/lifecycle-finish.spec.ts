import { expect, test, type Page } from '@playwright/test';
import { cardOf, mailsTo, requireEnv, signIn, snap } from './helpers';
import { binaryStlCube } from './stl';
import { submitJobViaApi } from './submit-job';

/**
 * A job's whole life through the pages, against the real stack: the student submits on /submit,
 * staff approve, the student confirms from the e-mail, staff print, complete and record the
 * payment; the student's tracking page follows along. And a rejection that reaches the student.
 * (lifecycle.spec.ts covers the live updates and the lock between two workstations.)
 */

const STAFF = 'Morgan Lead';
const CONFIRM_LINK = /https?:\/\/[^\s<>"]+\/confirm\/[A-Za-z0-9_-]+/;
const MAIL = { timeout: 20_000, intervals: [250, 500, 1_000] };

/** Signs in, acts as the roster member, and narrows the board to one job by its Job ID. */
async function openBoardOn(page: Page, shortId: string) {
  await signIn(page, requireEnv('PRINTDESK_E2E_WORKSTATION'), requireEnv('PRINTDESK_E2E_PASSWORD'));
  await page.getByRole('combobox', { name: 'Performing action as' }).selectOption(STAFF);
  await page.getByRole('searchbox', { name: 'Search jobs' }).fill(shortId);
  await expect(page).toHaveURL(new RegExp(`[?&]search=${shortId}(&|$)`));
}

/** Opens the tab of a status and waits for the job's card there. */
async function onTab(page: Page, tab: RegExp, shortId: string) {
  await page.getByRole('tab', { name: tab }).click();
  await expect(cardOf(page, shortId)).toBeVisible();
  return cardOf(page, shortId);
}

test('a print goes from the submit page to paid and picked up, all through the pages', async ({ page, browser }) => {
  test.setTimeout(180_000);
  requireEnv('PRINTDESK_BASE_URL');
  const mailDir = requireEnv('PRINTDESK_E2E_MAIL_DIR');
  const unique = Date.now();
  const studentEmail = `e2e.happy.${unique}@example.com`;
  const studentName = `Happy Student ${unique}`;
  // Handed to the file input from memory: no file left behind on the machine.
  const model = { name: 'bracket.stl', mimeType: 'model/stl', buffer: binaryStlCube(20) };

  const student = await (await browser.newContext()).newPage();
  let shortId = '';
  let trackingHref = '';

  await test.step('the student submits the form on /submit', async () => {
    await student.goto('/submit');
    await student.getByLabel('First name').fill('Happy');
    await student.getByLabel('Last name').fill(`Student ${unique}`);
    await student.getByLabel('E-mail address').fill(studentEmail);
    await student.getByRole('combobox', { name: 'Discipline' }).selectOption('Engineering');
    await student.getByLabel('Class number').fill('ENGR 1010');
    await student.getByRole('radio', { name: /Filament/ }).check();
    await student.getByRole('combobox', { name: 'Colour' }).selectOption('True Red');
    await student.getByRole('combobox', { name: 'Printer' }).selectOption('Prusa MK4S');
    await student.getByLabel('3D model file').setInputFiles(model);
    await expect(student.getByTestId('upload-done')).toContainText('Uploaded bracket.stl', { timeout: 20_000 });
    await student.getByRole('checkbox', { name: /scaled to the size I want/ }).check();
    await student.getByRole('checkbox', { name: /every print costs at least/ }).check();
    await student.getByRole('button', { name: 'Submit print request' }).click();
    await expect(student).toHaveURL(/\/submit\/success\?job=/);
    shortId = (await student.getByTestId('job-id').textContent())!.trim();
    trackingHref = (await student.getByTestId('tracking-link').getAttribute('href')) ?? '';
    expect(trackingHref).toMatch(/^\/track\//);
  });

  await test.step('staff find it in Uploaded and approve it with a quote', async () => {
    await openBoardOn(page, shortId);
    await expect(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(cardOf(page, shortId)).toBeVisible({ timeout: 1_500 });
    }).toPass({ timeout: 15_000, intervals: [500, 1_000] });
    await cardOf(page, shortId).getByRole('button', { name: 'Approve', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Approve and quote · ${studentName}` });
    await dialog.getByLabel('Weight (g)').fill('52');
    await dialog.getByLabel('Print time (h)').fill('3');
    await expect(dialog.getByTestId('cost-preview')).toContainText('Quote $5.20');
    await dialog.getByRole('button', { name: 'Review approval' }).click();
    await dialog.getByRole('button', { name: 'Approve and e-mail the student' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the student confirms from the link in the e-mail', async () => {
    await expect.poll(() => mailsTo(mailDir, studentEmail, 'Confirm to Proceed').length, MAIL).toBe(1);
    const link = CONFIRM_LINK.exec(mailsTo(mailDir, studentEmail, 'Confirm to Proceed')[0]!.text)?.[0];
    expect(link).toBeTruthy();
    await student.goto(link!);
    await expect(student.getByTestId('quote-cost')).toContainText('$5.20');
    await student.getByRole('button', { name: 'Confirm and add to the print queue' }).click();
    await expect(student.getByTestId('confirmed')).toBeVisible();
  });

  await test.step('staff start printing it', async () => {
    const card = await onTab(page, /^Ready to Print/, shortId);
    await card.getByRole('button', { name: 'Mark printing', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Start printing · ${studentName}` });
    const printer = dialog.getByRole('combobox', { name: 'Printer' });
    if (!(await printer.inputValue())) await printer.selectOption('Prusa MK4S');
    await dialog.getByRole('button', { name: 'Review' }).click();
    await dialog.getByRole('button', { name: /^Start printing on / }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('staff mark it complete, and the pickup e-mail goes out', async () => {
    const card = await onTab(page, /^Printing/, shortId);
    await card.getByRole('button', { name: 'Mark complete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Mark the print complete · ${studentName}` });
    await dialog.getByRole('button', { name: 'Mark complete and e-mail' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => mailsTo(mailDir, studentEmail, 'Your 3D Print is Complete').length, MAIL).toBe(1);
    await student.goto(trackingHref);
    await expect(student.getByRole('region', { name: 'Ready for pickup' })).toBeVisible();
    await snap(student, 'happy-track-ready.png');
  });

  await test.step('staff record the payment at pickup', async () => {
    const card = await onTab(page, /^Completed/, shortId);
    await card.getByRole('button', { name: 'Record payment', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Record payment and pickup · ${studentName}` });
    await dialog.getByLabel('Weight on the scale (g)').fill('50');
    await dialog.getByLabel(/transaction number/).fill(`TX-${unique}`);
    await dialog.getByLabel(/^Picked up by/).fill(studentName);
    await dialog.getByRole('button', { name: 'Review payment' }).click();
    await snap(page, 'happy-payment-review.png');
    await dialog.getByRole('button', { name: 'Record $5.00 and hand over' }).click();
    await expect(dialog).toBeHidden();
    await onTab(page, /^Picked Up/, shortId);
    await snap(page, 'happy-picked-up.png');
  });

  await test.step('the tracking page says it was picked up', async () => {
    await student.goto(trackingHref);
    await expect(student.getByRole('heading', { level: 1 })).toContainText(/picked up/i);
    await snap(student, 'happy-track-picked-up.png');
    await student.context().close();
  });
});

test('a rejected print: staff give a reason and the student is told why', async ({ page, request }) => {
  test.setTimeout(120_000);
  requireEnv('PRINTDESK_BASE_URL');
  const mailDir = requireEnv('PRINTDESK_E2E_MAIL_DIR');
  const unique = Date.now();
  const job = await submitJobViaApi(request, 'Rejected', `Student ${unique}`, `e2e.rejected.${unique}@example.com`);

  await openBoardOn(page, job.shortId);
  await cardOf(page, job.shortId).getByRole('button', { name: 'Reject', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Reject · ${job.studentName}` });
  await dialog.getByRole('button', { name: 'Review rejection' }).click();
  await expect(dialog.getByText('Tick at least one reason, or write a message.')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Walls too thin' }).check();
  await dialog.getByLabel(/^Message to the student/).fill('Thicken the walls to 2 mm and send it again.');
  await dialog.getByRole('button', { name: 'Review rejection' }).click();
  await dialog.getByRole('button', { name: 'Reject and e-mail the student' }).click();
  await expect(dialog).toBeHidden();
  await onTab(page, /^Rejected/, job.shortId);
  await snap(page, 'rejected-board.png');

  await expect.poll(() => mailsTo(mailDir, job.studentEmail, 'Submission Not Approved').length, MAIL).toBe(1);
  const mail = mailsTo(mailDir, job.studentEmail, 'Submission Not Approved')[0]!;
  expect(mail.text).toContain('Walls too thin');
  expect(mail.text).toContain('Thicken the walls to 2 mm');

  await page.goto(new URL(job.trackingUrl).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not approved|rejected/i);
  const why = page.getByRole('region', { name: 'Why it was not approved' });
  await expect(why.getByRole('listitem')).toHaveText(['Walls too thin']);
  await expect(why).toContainText('Thicken the walls to 2 mm and send it again.');
  await snap(page, 'rejected-track.png');
});
