import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { emitJob } from './fake-event-source';
import { screenshotDir, snap } from './mock-api';
import { card, openBoard } from './mock-desk';

/**
 * MOCKED: a job's file on the dashboard — the 3D preview, "Open in slicer"
 * and "Copy file path", the printable ticket, and the new-job chime — against
 * the in-memory API of mock-desk.ts. Screenshots land in
 * test-results/mocked-screenshots for a person to look at.
 */

/** The preview settles as drawn (WebGL) or as the no-WebGL fallback; either is a finished state. */
async function previewSettled(scope: Locator) {
  const preview = scope.getByTestId('model-preview');
  await expect(preview).toHaveAttribute('data-state', /^(drawing|unavailable)$/, { timeout: 15_000 });
  return (await preview.getAttribute('data-state'))!;
}

test('details: the model in 3D beside Open in slicer and Copy file path', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const desk = await openBoard(page);
  const ada = card(page, 'Ada Lovelace');
  expect(desk.downloads).toEqual([]); // nothing is fetched before the panel opens

  await ada.getByRole('button', { name: /Details and history/ }).click();
  const state = await previewSettled(ada);
  test.info().annotations.push({ type: 'preview', description: state });
  await expect(ada.getByTestId('model-facts')).toContainText('60 × 40 × 45 mm');
  await expect(ada.getByTestId('model-facts')).toContainText('Triangles40');
  if (state === 'drawing') {
    await expect(ada.getByRole('img', { name: /3D view of bracket_v3_final\.stl: 60 × 40 × 45 mm, 40 triangles/ })).toBeVisible();
  } else {
    await expect(ada.getByText('No 3D view on this computer')).toBeVisible();
  }

  const open = ada.getByRole('link', { name: 'Open in slicer' });
  await expect(open).toHaveAttribute('href', /^print3d:\/\/open\?job=1{32}&path=Uploaded%2Fbracket_v3_final\.stl&exp=\d+&kid=lab-2026&sig=/);
  await expect(ada.getByTestId('file-path')).toHaveText('Uploaded/bracket_v3_final.stl');
  await ada.getByRole('button', { name: 'Copy file path' }).click();
  await expect(ada.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Uploaded/bracket_v3_final.stl');
  expect(desk.downloads).toEqual([`${'1'.repeat(32)} -`]);

  await ada.scrollIntoViewIfNeeded();
  await snap(ada, 'dashboard-details-preview.png');
  await snap(page, 'dashboard-details-preview-page.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(ada, 'dashboard-details-preview-mobile.png');
});

test('details without WebGL: the preview says so and still gives the size', async ({ page }) => {
  // A workstation whose browser has WebGL switched off (or no GPU and no software fallback).
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/i.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  await openBoard(page);
  const alan = card(page, 'Alan Turing');
  await alan.getByRole('button', { name: /Details and history/ }).click();
  expect(await previewSettled(alan)).toBe('unavailable');
  await expect(alan.getByText('No 3D view on this computer')).toBeVisible();
  await expect(alan.getByTestId('model-facts')).toContainText('Size (X × Y × Z)');
  await expect(alan.getByRole('button', { name: 'Reset view' })).toHaveCount(0);
  await alan.scrollIntoViewIfNeeded();
  await snap(alan, 'dashboard-details-preview-no-webgl.png');
});

test('a card’s “Open file”: the slicer link in a dialog', async ({ page }) => {
  const desk = await openBoard(page);
  await card(page, 'Alan Turing').getByRole('button', { name: /Open file/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Open file · Alan Turing' });
  await expect(dialog.getByRole('link', { name: 'Open in slicer' })).toHaveAttribute('href', /^print3d:\/\//);
  await expect(dialog.getByText('Uploaded/enigma-rotor.obj')).toBeVisible();
  expect(desk.sent).toEqual([]); // no lock, no step
  await snap(page, 'dashboard-open-file.png');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(card(page, 'Alan Turing').getByRole('button', { name: /Open file/ })).toBeFocused();
});

test('approve: the preview follows the chosen file', async ({ page }) => {
  const desk = await openBoard(page);
  await card(page, 'Ada Lovelace').getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: /Approve and quote/ });
  await previewSettled(dialog);
  await expect(dialog.getByTestId('model-facts')).toContainText('60 × 40 × 45 mm');
  await expect(dialog.getByLabel('Weight (g)')).toBeFocused();
  await snap(page, 'dashboard-approve-preview.png');
  await dialog.getByRole('radio', { name: /bracket_v3_final\.stl/ }).check();
  await previewSettled(dialog);
  expect(desk.downloads).toEqual([`${'1'.repeat(32)} bracket_v3_final.3mf`, `${'1'.repeat(32)} bracket_v3_final.stl`]);
});

test('ticket: a printable page with the Job ID large; the buttons and header do not print', async ({ page }) => {
  await openBoard(page);
  const katherine = card(page, 'Katherine Johnson');
  await page.getByRole('tab', { name: /Completed/ }).click();
  const ticketLink = katherine.getByRole('link', { name: /Print ticket/ });
  await expect(ticketLink).toHaveAttribute('target', '_blank');
  const href = (await ticketLink.getAttribute('href'))!;
  expect(href).toBe(`/dashboard/jobs/${'4'.repeat(32)}/ticket`);

  await page.goto(href);
  const ticket = page.getByTestId('job-ticket');
  await expect(ticket.getByTestId('ticket-job-id')).toHaveText('a1b2c4');
  await expect(ticket).toContainText('kjohnson@uni.example'.replace('kjohnson', 'katherine'));
  await expect(ticket).toContainText('$4.20');
  await expect(ticket).toContainText('3.5 hours');
  await expect(ticket).toContainText(/CST|CDT/);
  await expect(page.getByRole('button', { name: 'Print ticket' })).toBeVisible();
  await expect(page).toHaveTitle('Ticket a1b2c4 · Katherine Johnson · PrintDesk');
  await snap(page, 'job-ticket.png');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print ticket' })).toBeHidden();
  await expect(page.getByTestId('workstation-name')).toBeHidden();
  await expect(ticket.getByTestId('ticket-job-id')).toBeVisible();
  await page.setViewportSize({ width: 816, height: 1056 }); // US Letter at 96 dpi
  await snap(page, 'job-ticket-print.png');
  await page.pdf({ path: join(screenshotDir, 'job-ticket.pdf'), format: 'Letter', printBackground: false });
});

test('sound: a job that arrives while the board is open chimes once; the board on load never does', async ({ page }) => {
  await page.addInitScript(() => {
    const tones: number[][] = [];
    (window as unknown as { __tones: number[][] }).__tones = tones;
    class FakeAudioContext {
      state = 'suspended';
      currentTime = 0;
      destination = {};
      async resume() {
        this.state = 'running';
      }
      createGain() {
        return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect() {}, disconnect() {} };
      }
      createOscillator() {
        const tone: number[] = [];
        return {
          type: 'sine',
          frequency: { setValueAtTime: (hz: number) => tone.push(hz), exponentialRampToValueAtTime: (hz: number) => tone.push(hz) },
          connect() {},
          disconnect() {},
          start: () => tones.push(tone),
          stop() {},
        };
      }
    }
    (window as unknown as { AudioContext: unknown }).AudioContext = FakeAudioContext;
  });
  const desk = await openBoard(page);
  const tones = () => page.evaluate(() => (window as unknown as { __tones: number[][] }).__tones.length);
  await page.getByRole('heading', { name: 'Print jobs' }).click(); // the first click unlocks audio
  await page.waitForTimeout(500);
  expect(await tones()).toBe(0);

  desk.jobs.push({ ...desk.jobs[0]!, id: '6'.repeat(32), short_id: 'a1b2c6', student_name: 'Hedy Lamarr', student_email: 'hedy@uni.example', staff_viewed_at: null, created_at: new Date().toISOString() });
  await emitJob(page, {
    event_id: 'e1', actor: null, job_id: '3'.repeat(32), action: 'notes', status: 'UPLOADED', previous_status: 'UPLOADED',
    at: new Date().toISOString(), job: { short_id: 'a1b2c3', student_name: 'Alan Turing' }, lock: null, deleted: false,
  });
  await expect(card(page, 'Hedy Lamarr')).toBeVisible();
  await expect.poll(tones).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { __tones: number[][] }).__tones[0])).toEqual([800, 1200]);

  await page.getByRole('button', { name: 'Sound on' }).click();
  await expect(page.getByRole('group', { name: 'New-job sound' })).toBeVisible();
  await snap(page, 'dashboard-sound-settings.png', false);
});
