import {
  expect,
  test,
  brandVariable,
  hexToRgb,
  registerPlayer,
  uniqueSuffix,
  GATEWAY_URL,
  PLAYER_URL,
} from './support.js';

interface TenantBranding {
  name: string;
  branding: { primaryColor: string; logoText: string; tagline: string | null };
}

test('a new player registers at /aurora/register and lands in the branded lobby showing their name', async ({
  page,
  request,
}) => {
  const response = await request.post(GATEWAY_URL, {
    data: {
      query: 'query ($slug: String!) { tenant(slug: $slug) { name branding { primaryColor logoText tagline } } }',
      variables: { slug: 'aurora' },
    },
  });
  const tenant = ((await response.json()) as { data: { tenant: TenantBranding } }).data.tenant;

  const suffix = uniqueSuffix();
  const name = `Reg ${suffix}`;
  const email = `player-${suffix}@e2e.test`;

  // Inline validation before anything is sent.
  await page.goto(`${PLAYER_URL}/aurora/register`);
  await page.getByLabel('Password').fill('short');
  await page.getByLabel('Password').blur();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();

  await registerPlayer(page, PLAYER_URL, 'aurora', name, email, 'Correct-horse-42');

  // Branded: the tenant's logo text and primary colour, through the CSS variables.
  await expect(page.getByRole('banner').getByRole('link', { name: tenant.branding.logoText })).toBeVisible();
  expect(await brandVariable(page, '--color-brand')).toBe(tenant.branding.primaryColor);
  await expect(page.getByRole('banner')).toHaveCSS('background-color', hexToRgb(tenant.branding.primaryColor));
  // The casino's games, from the API, each opening its page.
  const games = page.getByRole('region', { name: 'Games', exact: true });
  await expect(games.getByRole('heading', { name: 'Games', exact: true })).toBeVisible();
  await expect(games.getByRole('link', { name: 'Dice', exact: true })).toHaveAttribute('href', '/aurora/games/dice');

  // The session survives a reload (refresh token in the httpOnly cookie, never readable by the page).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();
  expect(await page.evaluate(() => document.cookie)).not.toContain('cx_player_rt');

  // Registering the same email again is refused with a clear message.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto(`${PLAYER_URL}/aurora/register`);
  await page.getByLabel('Display name').fill(`${name} again`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('Correct-horse-42');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'already registered' })).toBeVisible();
});

test('an unknown casino slug shows a not-found page', async ({ page }) => {
  const response = await page.goto(`${PLAYER_URL}/no-such-casino-${uniqueSuffix()}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Casino not found' })).toBeVisible();
});
