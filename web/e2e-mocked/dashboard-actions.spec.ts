import { expect, test } from '@playwright/test';
import { emitJob } from './fake-event-source';
import { snap } from './mock-api';
import { card, job, MockDesk, openBoard } from './mock-desk';

/**
 * MOCKED: the staff dashboard's actions, locks and live updates against the
 * in-memory API of mock-desk.ts. Screenshots land in
 * test-results/mocked-screenshots for a person to look at.
 */

test('board: a NEW card, a card with notes, a card locked elsewhere', async ({ page }) => {
  await openBoard(page);
  await expect(page.getByTestId('job-card')).toHaveCount(3);
  await expect(card(page, 'Ada Lovelace').getByText(/^NEW/)).toBeVisible();
  await expect(card(page, 'Alan Turing').getByText('Has notes').first()).toBeVisible();
  const locked = card(page, 'Grace Hopper');
  await expect(locked.getByTestId('lock-indicator')).toHaveText(/Locked by front-desk · Alex/);
  const approve = locked.getByRole('button', { name: 'Approve' });
  await expect(approve).toHaveAttribute('aria-disabled', 'true');
  await expect(approve).toHaveAccessibleDescription(/Locked by front-desk · Alex/);
  await approve.click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await card(page, 'Alan Turing').getByRole('button', { name: /Details and history/ }).click();
  await expect(card(page, 'Alan Turing').getByText('Notes changed')).toBeVisible();
  await expect(card(page, 'Alan Turing').getByTestId('model-preview')).toHaveAttribute('data-state', /^(drawing|unavailable)$/);
  await snap(page, 'dashboard-board.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'dashboard-board-mobile.png');
});

test('pending: how long each confirm link still works, and a link that ran out', async ({ page }) => {
  const desk = await openBoard(page);
  const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
  desk.jobs.push(
    job(6, 'Dorothy Vaughan', { status: 'PENDING', cost: '4.12', created_at: inHours(-30), confirmation_expires_at: inHours(50.5) }),
    job(7, 'Mae Jemison', { status: 'PENDING', cost: '3.00', created_at: inHours(-90), confirmation_expires_at: inHours(-6.5) }),
  );
  await page.getByRole('tab', { name: /^Pending/ }).click();
  await expect(page.getByTestId('job-card')).toHaveCount(2);
  const waiting = card(page, 'Dorothy Vaughan');
  // The board's clock ticks each minute: the half hours keep these clear of a boundary.
  await expect(waiting.getByText('expires in 2 d 2 h')).toBeVisible();
  await expect(waiting.getByTestId('link-expired')).toHaveCount(0);
  const lapsed = card(page, 'Mae Jemison');
  await expect(lapsed.getByTestId('link-expired')).toHaveText(/^Link expired/);
  await expect(lapsed.getByText(/^expired 6 h \d+ min ago$/)).toBeVisible();
  await expect(lapsed.getByRole('button', { name: /Resend/ })).toBeVisible();
  await snap(page, 'dashboard-pending-links.png');
});

test('approve: file chooser, printer override, live cost, confirmation, optimistic move', async ({ page }) => {
  const desk = await openBoard(page);
  const ada = card(page, 'Ada Lovelace');
  await ada.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: /Approve and quote · Ada Lovelace/ });
  await expect(dialog.getByText('Performing as Grace Hopper')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /bracket_v3_final\.3mf/ })).toBeChecked();
  await expect(dialog.getByLabel('Weight (g)')).toBeFocused();
  expect(desk.sent.some((s) => s.path.endsWith('/lock'))).toBe(true);

  await dialog.getByRole('button', { name: 'Review approval' }).click();
  await expect(dialog.getByText('Enter the weight in grams as a number, like 12.5.')).toBeVisible();
  await expect(dialog.getByLabel('Weight (g)')).toBeFocused();

  await dialog.getByRole('button', { name: 'Detect newer saves' }).click();
  await expect(dialog.getByRole('radio', { name: /bracket_v3_final_v2\.3mf/ })).toBeChecked();
  await dialog.getByLabel('Printer').selectOption('Prusa XL');
  await dialog.getByLabel('Weight (g)').fill('42.35');
  await dialog.getByLabel('Print time (h)').fill('3.5');
  await expect(dialog.getByTestId('cost-preview')).toContainText('$4.24');
  await snap(page, 'dashboard-approve.png');

  await dialog.getByRole('button', { name: 'Review approval' }).click();
  await expect(dialog.getByText(/An approval e-mail with the quote \(\$4\.24\) and a confirm link goes to ada@uni\.example/)).toBeVisible();
  await snap(page, 'dashboard-approve-confirm.png');

  desk.stepDelayMs = 800;
  await dialog.getByRole('button', { name: 'Approve and e-mail the student' }).click();
  // Optimistic: the card leaves and the counts move before the server answers.
  await expect(ada).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Pending 1 job' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText(/Approved Ada Lovelace \(a1b2c1\) at \$4\.24/)).toBeVisible();
  const approve = desk.sent.find((s) => s.path.endsWith('/approve'));
  expect(approve?.body).toEqual({
    weight_g: '42.35',
    time_hours: '3.5',
    printer: 'Prusa XL',
    authoritative_filename: 'bracket_v3_final_v2.3mf',
    staff_name: 'Grace Hopper',
  });
  expect(desk.sent.some((s) => s.path.endsWith('/unlock'))).toBe(false); // the approval released it
  await expect(page.getByRole('tabpanel')).toBeFocused();
  await snap(page, 'dashboard-approved.png');
});

test('approve: mobile layout', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openBoard(page);
  await card(page, 'Ada Lovelace').getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Weight (g)').fill('12');
  await dialog.getByLabel('Print time (h)').fill('1');
  await expect(dialog.getByText('Minimum charge applies')).toBeVisible();
  await snap(page, 'dashboard-approve-mobile.png', false);
});

test('a lock taken a moment ago elsewhere: 409 names the holder, no form, the card refreshes', async ({ page }) => {
  const desk = await openBoard(page);
  desk.refuseLock.set('3'.repeat(32), 'front-desk · Alex');
  const alan = card(page, 'Alan Turing');
  await alan.getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toContainText('Locked by front-desk · Alex');
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Close' }).last()).toBeFocused();
  await expect(alan.getByTestId('lock-indicator')).toHaveText(/Locked by front-desk · Alex/);
  await snap(page, 'dashboard-lock-conflict.png');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('reject: reasons from the catalog, at least one, then the confirmation', async ({ page }) => {
  const desk = await openBoard(page);
  await card(page, 'Ada Lovelace').getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog', { name: /Reject · Ada Lovelace/ });
  await dialog.getByRole('button', { name: 'Review rejection' }).click();
  await expect(dialog.getByText('Tick at least one reason, or write a message.')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Walls too thin' }).check();
  await dialog.getByRole('checkbox', { name: 'Exceeds printer size' }).check();
  await dialog.getByLabel(/Message to the student/).fill('Thicken the walls to 2 mm and scale it to fit the Prusa XL.');
  await snap(page, 'dashboard-reject.png');
  await dialog.getByRole('button', { name: 'Review rejection' }).click();
  await expect(dialog.getByText(/A rejection e-mail with the reasons below goes to ada@uni\.example/)).toBeVisible();
  await snap(page, 'dashboard-reject-confirm.png');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(card(page, 'Ada Lovelace').getByRole('button', { name: 'Reject' })).toBeFocused();
  await expect.poll(() => desk.sent.filter((s) => s.path.endsWith('/unlock')).length).toBe(1);
});

test('payment: final price from the scale grams and the difference to the quote', async ({ page }) => {
  const desk = await openBoard(page, { query: '?status=COMPLETED' });
  await card(page, 'Katherine Johnson').getByRole('button', { name: 'Record payment' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Weight on the scale (g)').fill('46.2');
  await dialog.getByLabel('TigerCASH transaction number').fill('TC-2026-118842');
  await expect(dialog.getByLabel('Picked up by')).toHaveValue('Katherine Johnson');
  await expect(dialog.getByTestId('cost-preview')).toContainText('$4.62');
  await expect(dialog.getByTestId('cost-preview')).toContainText('$0.42 more than the quote ($4.20)');
  await snap(page, 'dashboard-payment.png');
  await dialog.getByRole('button', { name: 'Review payment' }).click();
  await dialog.getByRole('button', { name: 'Record $4.62 and hand over' }).click();
  await expect(page.getByText('No jobs in Completed')).toBeVisible();
  expect(desk.sent.find((s) => s.path.endsWith('/payment'))?.body).toEqual({
    grams: '46.2',
    txn_no: 'TC-2026-118842',
    picked_up_by: 'Katherine Johnson',
    staff_name: 'Grace Hopper',
  });
});

test('a step refused by the server rolls the optimistic move back', async ({ page }) => {
  const desk = await openBoard(page, { query: '?status=READYTOPRINT' });
  await card(page, 'Mary Jackson').getByRole('button', { name: 'Mark printing' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Printer')).toHaveValue('Prusa MK4S');
  await dialog.getByRole('button', { name: 'Review' }).click();
  // Someone else moved it meanwhile: the server answers 409 with the status it is in now.
  await page.route('**/api/v1/jobs/*/mark-printing', (r) =>
    r.fulfill({
      status: 409,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'conflict', message: 'Cannot mark printing: the job is Printing now.', fields: { current_status: 'PRINTING' } } }),
    }),
  );
  await dialog.getByRole('button', { name: 'Start printing on Prusa MK4S' }).click();
  await expect(dialog.getByRole('alert')).toContainText('This job is Printing now');
  await expect(card(page, 'Mary Jackson')).toHaveCount(1);
  await snap(page, 'dashboard-status-conflict.png');
  expect(desk.jobs.length).toBe(5);
});

test('no staff member chosen: actions ask for one first', async ({ page }) => {
  await openBoard(page, { actingAs: '' });
  await card(page, 'Ada Lovelace').getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByLabel('Performing action as')).toBeFocused();
  await snap(page, 'dashboard-no-staff.png');
});

test('live: another workstation’s lock and approval show up within a second', async ({ page }) => {
  const desk = await openBoard(page);
  const ada = card(page, 'Ada Lovelace');
  const change = {
    event_id: 'e1',
    actor: { kind: 'staff', staff_name: 'Sam', workstation_id: 'front-desk' },
    job_id: '1'.repeat(32),
    status: 'UPLOADED',
    previous_status: 'UPLOADED',
    at: new Date().toISOString(),
    job: { short_id: 'a1b2c1', student_name: 'Ada Lovelace' },
    deleted: false,
  };
  await emitJob(page, { ...change, action: 'lock', lock: { workstation: 'front-desk', staff_name: 'Sam', expires_at: new Date(Date.now() + 300_000).toISOString() } });
  await expect(ada.getByTestId('lock-indicator')).toHaveText(/Locked by front-desk · Sam/, { timeout: 1000 });

  desk.jobs.find((j) => j.short_id === 'a1b2c1')!.status = 'PENDING';
  await emitJob(page, { ...change, event_id: 'e2', action: 'approve', status: 'PENDING', lock: null });
  await expect(ada).toHaveCount(0, { timeout: 1000 });
  await expect(page.getByRole('tab', { name: 'Pending 1 job' })).toBeVisible({ timeout: 1000 });
});

test('live: the real EventSource reads a text/event-stream body', async ({ page }) => {
  const desk = new MockDesk(page);
  await desk.install();
  const lock = { workstation: 'front-desk', staff_name: 'Alex', expires_at: new Date(Date.now() + 300_000).toISOString() };
  const change = {
    event_id: 'e9', actor: null, job_id: '1'.repeat(32), action: 'lock', status: 'UPLOADED', previous_status: 'UPLOADED',
    at: new Date().toISOString(), job: { short_id: 'a1b2c1', student_name: 'Ada Lovelace' }, lock, deleted: false,
  };
  let served = 0;
  await page.route('**/api/v1/jobs/stream', async (r) => {
    served += 1;
    // The change comes a moment after the page loaded its list.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await r.fulfill({
      status: 200,
      headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' },
      body: `retry: 600000\nevent: ready\ndata: {}\n\nevent: job\nid: e9\ndata: ${JSON.stringify(change)}\n\n`,
    });
  });
  await page.goto('/dashboard');
  await expect(card(page, 'Ada Lovelace').getByTestId('lock-indicator')).toHaveText(/Locked by front-desk · Alex/);
  expect(served).toBe(1);
});

test('search and filters live in the address bar; counts become match counts', async ({ page }) => {
  const desk = await openBoard(page);
  const search = page.getByRole('searchbox', { name: 'Search jobs' });
  await search.fill('ada');
  await expect(page).toHaveURL(/\/dashboard\?search=ada$/);
  await expect(page.getByTestId('job-card')).toHaveCount(1);
  await expect(page.getByRole('tab', { name: 'Uploaded 1 matching job' })).toBeVisible();
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByLabel('Method').selectOption('Filament');
  await expect(page).toHaveURL(/search=ada&method=Filament/);
  await snap(page, 'dashboard-search.png');
  await search.focus();
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page).toHaveURL(/\/dashboard\?method=Filament$/);
  await page.reload();
  await expect(page.getByLabel('Method')).toHaveValue('Filament');
  void desk;
});
