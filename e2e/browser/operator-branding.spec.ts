import { expect, type Page, test } from '@playwright/test';
import { brandVariable, freshTotpCode, hexToRgb, randomColour, recallTotpSecret, registerPlayer, rememberTotpSecret, uniqueSuffix, ADMIN_URL, PLAYER_URL } from './support.js';

const OWNER = { email: 'owner@aurora.test', password: 'CasinoX-owner-1' };

/** Signs the owner in; enrols TOTP when the console asks for it. */
async function signInOwner(page: Page): Promise<void> {
  await page.goto(`${ADMIN_URL}/login`);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Two-factor authentication' })).toBeVisible();

  const secretField = page.getByLabel('Secret key');
  let secret: string | null;
  if (await secretField.isVisible()) {
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    secret = await secretField.inputValue();
    await rememberTotpSecret(OWNER.email, secret);
  } else {
    secret = await recallTotpSecret(OWNER.email);
  }
  if (!secret) throw new Error('The owner already enrolled TOTP in an earlier run whose secret is unknown; restart the platform with CASINOX_RESET.');

  await page.getByLabel('6-digit code').fill(await freshTotpCode(OWNER.email));
  await page.getByRole('button', { name: /^Verify/ }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

test('an operator rebrands the casino and an open player page restyles without reloading', async ({ browser }) => {
  // A player, signed in to /aurora in a browser of their own.
  const playerContext = await browser.newContext();
  const player = await playerContext.newPage();
  const suffix = uniqueSuffix();
  const subscribed = player.waitForEvent('websocket').then((ws) => ws.waitForEvent('framesent', { predicate: (frame) => String(frame.payload).includes('"subscribe"') }));
  await registerPlayer(player, PLAYER_URL, 'aurora', `Watcher ${suffix}`, `watcher-${suffix}@e2e.test`, 'Correct-horse-42');
  await subscribed;
  const before = await brandVariable(player, '--color-brand');
  await player.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  // The owner signs in (enrolling TOTP on the first run), signs out, and signs in again with a new code.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInOwner(admin);
  await admin.getByRole('button', { name: 'Sign out' }).click();
  await expect(admin.getByRole('heading', { name: 'Operator sign in' })).toBeVisible();
  await signInOwner(admin);
  await expect(admin.getByLabel('Secret key')).toHaveCount(0);

  // The owner changes the primary colour.
  const colour = randomColour(before);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Branding & settings' }).click();
  const primary = admin.getByLabel('Primary colour', { exact: true });
  await expect(primary).toHaveValue(before);
  await primary.fill(colour);
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await expect(admin.getByRole('status')).toContainText('Saved');

  // The player's page follows: the CSS variable and the header's computed colour, same document.
  await expect.poll(() => brandVariable(player, '--color-brand'), { timeout: 15_000 }).toBe(colour);
  await expect
    .poll(() => player.getByRole('banner').evaluate((el) => getComputedStyle(el).backgroundColor), { timeout: 15_000 })
    .toBe(hexToRgb(colour));
  expect(await player.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  await adminContext.close();
  await playerContext.close();
});
