import {
  expect,
  test,
  ADMIN_URL,
  grant,
  playerIds,
  PLAYER_URL,
  registerPlayer,
  signInOperator,
  uniqueSuffix,
} from './support.js';

const PLATFORM_ADMIN = { email: 'admin@casinox.test', password: 'CasinoX-admin-1' };

test('the owner of a new tenant sees an empty treasury, then the house account after a player is credited', async ({
  browser,
  request,
}) => {
  // The platform team creates a tenant; its owner accepts the invitation.
  const admin = await (await browser.newContext()).newPage();
  await signInOperator(admin, PLATFORM_ADMIN);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tenants' }).click();
  const suffix = uniqueSuffix();
  const slug = `tr-${suffix}`;
  const tenantName = `Treasury ${suffix}`;
  const owner = { email: `owner-${suffix}@e2e.test`, password: 'Owner-password-42' };
  await admin.getByLabel('Slug').fill(slug);
  await admin.getByLabel('Tenant name').fill(tenantName);
  await admin.getByLabel('Currencies').fill('EUR, USD');
  await admin.getByLabel('Owner email').fill(owner.email);
  await admin.getByLabel('Owner display name').fill(`Owner ${suffix}`);
  await admin.getByRole('button', { name: 'Create tenant' }).click();
  const link = (
    await admin
      .getByRole('region', { name: `Owner invite for ${tenantName}` })
      .locator('code')
      .innerText()
  ).trim();

  const ownerPage = await (await browser.newContext()).newPage();
  await ownerPage.goto(link.startsWith('http') ? link : `${ADMIN_URL}${link}`);
  await ownerPage.getByLabel('New password').fill(owner.password);
  await ownerPage.getByLabel('Confirm password').fill(owner.password);
  await ownerPage.getByRole('button', { name: 'Set password' }).click();
  await expect(ownerPage.getByRole('status')).toContainText('Your password is set');
  await signInOperator(ownerPage, owner);

  // A new tenant's books are empty.
  await ownerPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Treasury' }).click();
  await expect(ownerPage.getByRole('heading', { level: 1, name: 'Treasury' })).toBeVisible();
  await expect(ownerPage.getByText('No treasury balances yet')).toBeVisible();

  // A player of the tenant receives 25.00 EUR: the house pays it.
  const player = await (await browser.newContext()).newPage();
  const email = `player-${suffix}@e2e.test`;
  await registerPlayer(player, PLAYER_URL, slug, `Player ${suffix}`, email, 'Correct-horse-42');
  await grant(request, await playerIds(request, slug, email, 'Correct-horse-42'), '2500');

  await ownerPage.getByRole('button', { name: 'Refresh' }).click();
  const house = ownerPage.getByRole('region', { name: 'House' });
  await expect(
    house.getByRole('row').filter({ hasText: 'EUR' }).getByRole('cell', { name: '-25.00 EUR' }),
  ).toBeVisible();
  await expect(ownerPage.getByText('No treasury balances yet')).toHaveCount(0);
});
