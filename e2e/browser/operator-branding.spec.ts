import {
  expect,
  test,
  brandVariable,
  hexToRgb,
  randomColour,
  registerPlayer,
  signInOperator,
  uniqueSuffix,
  PLAYER_URL,
} from './support.js';

const OWNER = { email: 'owner@aurora.test', password: 'CasinoX-owner-1' };

test('an operator rebrands the casino and an open player page restyles without reloading', async ({ browser }) => {
  // A player, signed in to /aurora in a browser of their own.
  const playerContext = await browser.newContext();
  const player = await playerContext.newPage();
  const suffix = uniqueSuffix();
  const subscribed = player
    .waitForEvent('websocket')
    .then((ws) =>
      ws.waitForEvent('framesent', { predicate: (frame) => String(frame.payload).includes('"subscribe"') }),
    );
  await registerPlayer(
    player,
    PLAYER_URL,
    'aurora',
    `Watcher ${suffix}`,
    `watcher-${suffix}@e2e.test`,
    'Correct-horse-42',
  );
  await subscribed;
  const before = await brandVariable(player, '--color-brand');
  await player.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  // The owner signs in (enrolling TOTP on the first run), signs out, and signs in again with a new code.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInOperator(admin, OWNER);
  await admin.getByRole('button', { name: 'Sign out' }).click();
  await expect(admin.getByRole('heading', { name: 'Operator sign in' })).toBeVisible();
  await signInOperator(admin, OWNER);
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
