import { expect, test, type Locator } from '@playwright/test';
import { chromiumLaunchOptions } from '../playwright.shared';
import { snap } from './mock-api';
import { card, openBoard } from './mock-desk';

/**
 * MOCKED: the 3D preview actually drawn. The other specs run Chromium with
 * --disable-gpu, where WebGL is usually missing and the preview shows its
 * fallback; this one asks for SwiftShader (software WebGL) to see the scene.
 * Skipped when even that is unavailable.
 */

test.use({
  launchOptions: {
    ...chromiumLaunchOptions,
    args: [...(chromiumLaunchOptions.args ?? []).filter((a) => a !== '--disable-gpu'), '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  },
});

async function previewSettled(scope: Locator) {
  const preview = scope.getByTestId('model-preview');
  await expect(preview).toHaveAttribute('data-state', /^(drawing|unavailable)$/, { timeout: 15_000 });
  return (await preview.getAttribute('data-state'))!;
}

test('details: the model is drawn on its build-plate grid', async ({ page }) => {
  await openBoard(page);
  const webgl2 = await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl2')));
  test.skip(!webgl2, 'this Chromium has no WebGL 2 even in software');
  const ada = card(page, 'Ada Lovelace');
  await ada.getByRole('button', { name: /Details and history/ }).click();
  expect(await previewSettled(ada)).toBe('drawing');
  await expect(ada.getByRole('img', { name: /3D view of bracket_v3_final\.stl/ })).toBeVisible();
  await page.waitForTimeout(300); // one frame
  await ada.scrollIntoViewIfNeeded();
  await snap(ada, 'dashboard-details-preview-webgl.png');
  // Turn it with the mouse: the view changes and stays drawn.
  const view = ada.getByRole('img', { name: /3D view of/ });
  const box = (await view.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 - 30, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  await snap(ada, 'dashboard-details-preview-webgl-turned.png');
  await page.getByRole('button', { name: 'Hide details' }).first().click();
  await expect(ada.getByTestId('model-preview')).toHaveCount(0);
});
