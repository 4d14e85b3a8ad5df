import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type Browser, type Page } from '@playwright/test';
import {
  expect,
  test,
  gatewayQuery,
  grant,
  playerIds,
  PLAYER_URL,
  registerPlayer,
  signInOperator,
  staffedTenant,
  uniqueSuffix,
} from './support.js';

const PASSWORD = 'Correct-horse-42';

/** A casino of its own with its owner signed in to the console, and a player registered on its site with 100 EUR. */
async function casinoWithPlayer(
  browser: Browser,
  request: APIRequestContext,
): Promise<{ owner: Page; player: Page; token: string; slug: string }> {
  const tenant = await staffedTenant(request, []);
  const owner = await (await browser.newContext()).newPage();
  await signInOperator(owner, tenant.owner);

  const suffix = uniqueSuffix();
  const email = `bj-${suffix}@e2e.test`;
  const player = await (await browser.newContext()).newPage();
  await registerPlayer(player, PLAYER_URL, tenant.slug, `Player ${suffix}`, email, PASSWORD);
  await grant(request, await playerIds(request, tenant.slug, email, PASSWORD), '10000');
  const login = await gatewayQuery<{ loginPlayer: { session: { accessToken: string } } }>(
    request,
    'mutation ($input: LoginPlayerInput!) { loginPlayer(input: $input) { session { accessToken } } }',
    { input: { tenantSlug: tenant.slug, email, password: PASSWORD } },
  );
  return { owner, player, token: login.loginPlayer.session.accessToken, slug: tenant.slug };
}

/** What the dice page does on "Roll": a 1.00 EUR bet under 49.50, through the gateway with the player's token. */
async function rollDice(request: APIRequestContext, token: string): Promise<void> {
  const data = await gatewayQuery<{ placeBet: { ok: boolean; code: string | null } }>(
    request,
    'mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok code } }',
    {
      input: {
        game: 'DICE',
        asset: 'EUR',
        stake: '100',
        params: { target: 49.5, direction: 'UNDER' },
        idempotencyKey: randomUUID(),
      },
    },
    token,
  );
  expect(data.placeBet.code).toBeNull();
  expect(data.placeBet.ok).toBe(true);
}

/** "12.30 EUR" → 1230 (cents). */
const cents = (text: string | null) => {
  const match = /(\d[\d,]*)\.(\d{2}) EUR/.exec(text ?? '');
  return match ? Number(match[1]?.replace(/,/g, '')) * 100 + Number(match[2]) : Number.NaN;
};

test('an operator creates a no-deposit bonus; a player claims it and watches the wagering bar move live as they play', async ({
  browser,
  request,
}) => {
  const { owner, player, token } = await casinoWithPlayer(browser, request);
  const campaign = `Welcome ${uniqueSuffix()}`;

  // The operator: 5.00 EUR, wagered 2× (10.00 EUR), dice counts in full, at most 2.00 EUR a bet.
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bonuses' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Bonuses' })).toBeVisible();
  await owner.getByRole('button', { name: 'New campaign' }).click();
  const form = owner.getByRole('form', { name: 'New campaign' });
  await form.getByLabel('Campaign name').fill(campaign);
  await form.getByLabel('Bonus amount (EUR)').fill('5.00');
  await form.getByLabel('Wagering multiplier').fill('11');
  await form.getByRole('button', { name: 'Create campaign' }).click();
  await expect(form.getByText("At most 10× (this casino's cap).")).toBeVisible();
  await form.getByLabel('Wagering multiplier').fill('2');
  await form.getByLabel('Max bet EUR').fill('2.00');
  await form.getByRole('button', { name: 'Create campaign' }).click();
  await expect(owner.getByRole('status').filter({ hasText: `${campaign} saved` })).toBeVisible();
  const row = owner.getByRole('row', { name: `Campaign ${campaign}` });
  await expect(row).toContainText('5.00 EUR');
  await expect(row).toContainText('Active');

  // The player: the offer is on the Bonuses page; claiming it starts it at 0 %.
  await player
    .getByRole('banner')
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Bonuses' })
    .click();
  await expect(player.getByRole('heading', { level: 1, name: 'Bonuses' })).toBeVisible();
  await player
    .getByRole('form', { name: `Offer ${campaign}` })
    .getByRole('button', { name: `Claim ${campaign}` })
    .click();
  await expect(player.getByRole('status').filter({ hasText: `${campaign} claimed` })).toBeVisible();
  await expect(player.getByRole('heading', { name: `Active bonus: ${campaign}` })).toBeVisible();
  const bar = player.getByRole('progressbar', { name: 'Wagering progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  await expect(player.getByText('0.00 EUR of 10.00 EUR wagered')).toBeVisible();
  // Claimed once: the offer is gone.
  await expect(player.getByRole('form', { name: `Offer ${campaign}` })).toHaveCount(0);

  // Each 1.00 EUR dice bet counts 100 %: the bar follows every settled bet without a reload.
  await rollDice(request, token);
  await expect(bar).toHaveAttribute('aria-valuenow', '10');
  await expect(player.getByText('1.00 EUR of 10.00 EUR wagered')).toBeVisible();
  await rollDice(request, token);
  await rollDice(request, token);
  await expect(bar).toHaveAttribute('aria-valuenow', '30');

  // Cancelling asks first: it forfeits the bonus money.
  await player.getByRole('button', { name: 'Cancel bonus' }).click();
  const confirm = player.getByRole('group', { name: 'Confirm cancelling the bonus' });
  await expect(confirm).toContainText('forfeits the bonus money');
  await confirm.getByRole('button', { name: 'Keep bonus' }).click();
  await expect(bar).toHaveAttribute('aria-valuenow', '30');
});

test('an operator creates a must-drop jackpot; the lobby ticker rises with bets and the win lands on the winners’ wall', async ({
  browser,
  request,
}) => {
  const { owner, player, token, slug } = await casinoWithPlayer(browser, request);
  const name = `Mystery ${uniqueSuffix()}`;

  // Seed 1.00 EUR, 10 % of each stake, drops somewhere in 1.01–1.50 EUR: a handful of 1.00 EUR bets must drop it.
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jackpots' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: 'Jackpots' })).toBeVisible();
  await owner.getByRole('button', { name: 'New jackpot' }).click();
  const form = owner.getByRole('form', { name: 'New jackpot' });
  await form.getByLabel('Jackpot name').fill(name);
  await form.getByLabel('Type').selectOption('MUST_DROP');
  await form.getByLabel('Contribution (% of each stake)').fill('10');
  await form.getByLabel('Tier 1 seed (EUR)').fill('1.00');
  await form.getByLabel('Tier 1 min drop (EUR)').fill('1.01');
  await form.getByLabel('Tier 1 max drop (EUR)').fill('1.50');
  await form.getByRole('button', { name: 'Create jackpot' }).click();
  await expect(owner.getByRole('status').filter({ hasText: `${name} created and seeded` })).toBeVisible();
  const card = owner.getByRole('region', { name: `Jackpot ${name}` });
  await expect(card.getByRole('table', { name: `${name} tiers` })).toContainText('1.00 EUR');
  await expect(card).toContainText(/commitment [0-9a-f]{64}/);

  // The lobby shows it with its seed, live.
  await player.reload();
  const ticker = player.getByRole('region', { name: `${name} jackpot` });
  const pool = ticker.getByRole('listitem').filter({ hasText: 'MINI' });
  await expect(pool).toContainText('1.00 EUR');
  const wall = player.getByRole('region', { name: 'Jackpot winners' });
  await expect(wall).toContainText('No jackpot has been won yet');

  // While bets run, the ticker rises without a reload (a bet each second: the first may settle
  // before the page's subscription is registered, and jackpotUpdated has no catch-up).
  await expect
    .poll(
      async () => {
        await rollDice(request, token);
        return cents(await pool.textContent());
      },
      { intervals: [1_000] },
    )
    .toBeGreaterThan(100);

  // Enough bets to cross the highest drop value: the win is announced on the wall, with its proof.
  for (let i = 0; i < 6; i += 1) await rollDice(request, token);
  const win = wall
    .getByRole('listitem')
    .filter({ hasText: `won on ${name}` })
    .first();
  await expect(win).toBeVisible();
  expect(cents(await win.textContent())).toBeGreaterThanOrEqual(101);
  expect(cents(await win.textContent())).toBeLessThanOrEqual(150);
  await win.getByText('Verify this win').click();
  await expect(win.getByRole('definition').nth(2)).toHaveText(/^[0-9a-f]{64}$/);

  // The jackpot covers every game, so the dice page shows its ticker too.
  await player.goto(`${PLAYER_URL}/${slug}/games/dice`);
  await expect(player.getByRole('heading', { level: 1, name: 'Dice' })).toBeVisible();
  await expect(
    player
      .getByRole('region', { name: `${name} jackpot` })
      .getByRole('listitem')
      .filter({ hasText: 'MINI' }),
  ).toContainText('EUR');

  // The operator sees the same win with its verification data.
  await owner.reload();
  const adminWin = owner.getByRole('region', { name: 'Wins' }).getByRole('row').filter({ hasText: name }).first();
  await expect(adminWin).toContainText('MINI');
  await expect(adminWin).toContainText('Paid');
  await adminWin.getByText('Verification data').click();
  await expect(adminWin.getByRole('definition').nth(1)).toHaveText(/^[0-9a-f]{64}$/);

  // The operator edits the live jackpot: a new name and contribution, saved and shown after a reload.
  const renamed = `${name} edited`;
  await owner
    .getByRole('region', { name: `Jackpot ${name}`, exact: true })
    .getByRole('button', { name: 'Edit' })
    .click();
  const edit = owner.getByRole('form', { name: `Edit ${name}` });
  await expect(edit.getByLabel('Type')).toBeDisabled();
  await edit.getByLabel('Jackpot name').fill(renamed);
  await edit.getByLabel('Contribution (% of each stake)').fill('5');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(owner.getByRole('status').filter({ hasText: `${renamed} saved` })).toBeVisible();
  await owner.reload();
  await expect(owner.getByRole('region', { name: `Jackpot ${renamed}`, exact: true })).toContainText(
    '5 % of each stake',
  );
});
