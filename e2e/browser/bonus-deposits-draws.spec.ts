import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import {
  expect,
  test,
  ADMIN_URL,
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

// Each test signs an owner in (a fresh TOTP step) and drives both sites: more than the default 90 s.
test.describe.configure({ timeout: 180_000 });

interface Casino {
  owner: Page;
  player: Page;
  token: string;
  slug: string;
  ids: { tenantId: string; playerId: string };
}

/** A casino of its own with its owner signed in to the console, and a registered player (with `cash` cents of real money, if any). */
async function casinoWithPlayer(browser: Browser, request: APIRequestContext, cash: string | null): Promise<Casino> {
  const tenant = await staffedTenant(request, []);
  const owner = await (await browser.newContext()).newPage();
  await signInOperator(owner, tenant.owner);

  const suffix = uniqueSuffix();
  const email = `bd-${suffix}@e2e.test`;
  const player = await (await browser.newContext()).newPage();
  await registerPlayer(player, PLAYER_URL, tenant.slug, `Player ${suffix}`, email, PASSWORD);
  const ids = await playerIds(request, tenant.slug, email, PASSWORD);
  if (cash) await grant(request, ids, cash);
  const login = await gatewayQuery<{ loginPlayer: { session: { accessToken: string } } }>(
    request,
    'mutation ($input: LoginPlayerInput!) { loginPlayer(input: $input) { session { accessToken } } }',
    { input: { tenantSlug: tenant.slug, email, password: PASSWORD } },
  );
  return { owner, player, token: login.loginPlayer.session.accessToken, slug: tenant.slug, ids };
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

/** The owner creates a campaign in the console: `fill` types its kind's terms; wagering is 2× everywhere. */
async function createCampaign(
  owner: Page,
  name: string,
  kind: 'No deposit' | 'Deposit match',
  fill: (form: Locator) => Promise<void>,
): Promise<void> {
  await owner.goto(`${ADMIN_URL}/bonuses`);
  await expect(owner.getByRole('heading', { level: 1, name: 'Bonuses' })).toBeVisible();
  await owner.getByRole('button', { name: 'New campaign' }).click();
  const form = owner.getByRole('form', { name: 'New campaign' });
  await form.getByLabel('Campaign name').fill(name);
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: kind });
  await fill(form);
  await form.getByLabel('Wagering multiplier').fill('2');
  await form.getByRole('button', { name: 'Create campaign' }).click();
  await expect(owner.getByRole('status').filter({ hasText: `${name} saved` })).toBeVisible();
}

const siteNav = (page: Page) => page.getByRole('banner').getByRole('navigation', { name: 'Site' });

test('a player claims a deposit bonus and watches the wagering bar move as they play', async ({ browser, request }) => {
  const { owner, player, slug } = await casinoWithPlayer(browser, request, null);
  const campaign = `Match ${uniqueSuffix()}`;

  // The owner: 100 % of the deposit up to 20.00 EUR, from 10.00 EUR, wagered 2×.
  await createCampaign(owner, campaign, 'Deposit match', async (form) => {
    await form.getByLabel('Percentage (%)').fill('100');
    await form.getByLabel('Largest bonus (EUR)').fill('20.00');
    await form.getByLabel('Minimum deposit (EUR)').fill('10.00');
  });
  await expect(owner.getByRole('row', { name: `Campaign ${campaign}` })).toContainText('100 % up to 20.00 EUR');

  // The player picks it in the deposit form ("No bonus" is the default); too small a deposit is caught first.
  await player.goto(`${PLAYER_URL}/${slug}/wallet`);
  const deposit = player.getByRole('form', { name: 'Deposit' });
  await expect(deposit.getByRole('radio', { name: 'No bonus' })).toBeChecked();
  await deposit.getByLabel('Currency').selectOption('EUR');
  const offer = deposit.getByRole('radio', {
    name: `${campaign}: 100 % up to 20.00 EUR — min deposit 10.00, wager 2×`,
  });
  await offer.check();
  await deposit.getByLabel('Amount').fill('5.00');
  await deposit.getByRole('button', { name: 'Deposit' }).click();
  await expect(deposit.getByText(`Deposit at least 10.00 EUR to get ${campaign}`)).toBeVisible();
  await deposit.getByLabel('Amount').fill('10.00');
  await expect(
    deposit.getByText('This deposit brings 10.00 EUR of bonus money, to wager 2× before it turns into cash.'),
  ).toBeVisible();
  await deposit.getByRole('button', { name: 'Deposit' }).click();
  await expect(player.getByRole('heading', { name: /Pay\s+10\.00 EUR/ })).toBeVisible();

  // Claimed before the checkout: in another tab, the bonus waits for the deposit, with its deadline.
  const bonuses = await player.context().newPage();
  await bonuses.goto(`${PLAYER_URL}/${slug}/bonuses`);
  const pending = bonuses.getByRole('listitem', { name: `Pending bonus ${campaign}` });
  await expect(pending).toContainText('Waiting for your deposit: deposit by');
  await expect(bonuses.getByText('No bonus in play.')).toBeVisible();

  // Paying grants it: bonus money apart from the real money, and the waiting tab turns it active without a reload.
  await player.getByRole('button', { name: 'Pay', exact: true }).click();
  await expect(player).toHaveURL(`${PLAYER_URL}/${slug}/wallet`);
  const eur = player.getByRole('region', { name: 'EUR' });
  // Deposit → wallet outbox → bus → bonus engine → the bonus money's credit: a couple of seconds
  // usually; the first deposit of a freshly started platform can take longer.
  await expect(eur.getByRole('definition')).toHaveText(['10.00 EUR', '10.00 EUR', '0.00 EUR', '10.00 EUR'], {
    timeout: 30_000,
  });
  await expect(eur.getByRole('term').nth(3)).toHaveText('Bonus money');
  await expect(player.getByRole('banner').getByRole('link', { name: /^Wallet/ })).toContainText('+ 10.00 EUR bonus');

  await expect(bonuses.getByRole('heading', { name: `Active bonus: ${campaign}` })).toBeVisible();
  await expect(pending).toHaveCount(0);
  const bar = bonuses.getByRole('progressbar', { name: 'Wagering progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  await expect(bonuses.getByText('0.00 EUR of 20.00 EUR wagered')).toBeVisible();

  // Playing dice in the first tab: each 1.00 EUR roll is 5 % of the 20.00 EUR to wager; the bar follows live.
  await player.goto(`${PLAYER_URL}/${slug}/games/dice`);
  await expect(player.getByRole('heading', { level: 1, name: 'Dice' })).toBeVisible();
  await player.getByLabel('Stake', { exact: true }).fill('1.00');
  const rolls = player
    .getByRole('table', { name: /recent dice bets/ })
    .getByRole('row')
    .filter({ hasText: 'Rolled' });
  for (const [index, percent] of ['5', '10', '15'].entries()) {
    await player.getByRole('button', { name: 'Roll dice' }).click();
    await expect(rolls).toHaveCount(index + 1);
    await expect(bar).toHaveAttribute('aria-valuenow', percent);
  }
  await expect(bonuses.getByText('3.00 EUR of 20.00 EUR wagered')).toBeVisible();
});

test('a player holding bonus money withdraws after confirming the bonus is forfeited', async ({ browser, request }) => {
  const { owner, player, slug } = await casinoWithPlayer(browser, request, '10000');
  const campaign = `Gift ${uniqueSuffix()}`;
  await createCampaign(owner, campaign, 'No deposit', async (form) => {
    await form.getByLabel('Bonus amount (EUR)').fill('12.34');
  });

  await player.goto(`${PLAYER_URL}/${slug}/bonuses`);
  await player
    .getByRole('form', { name: `Offer ${campaign}` })
    .getByRole('button', { name: `Claim ${campaign}` })
    .click();
  await expect(player.getByRole('heading', { name: `Active bonus: ${campaign}` })).toBeVisible();

  // The header tells the bonus money apart from the real money.
  const walletLink = player.getByRole('banner').getByRole('link', { name: /^Wallet/ });
  await expect(walletLink).toHaveText('Wallet 100.00 EUR + 12.34 EUR bonus');
  await walletLink.click();
  const eur = player.getByRole('region', { name: 'EUR' });
  await expect(eur.getByRole('definition')).toHaveText(['100.00 EUR', '100.00 EUR', '0.00 EUR', '12.34 EUR']);
  const withdraw = player.getByRole('form', { name: 'Withdraw' });
  await expect(
    withdraw.getByText('Available: 100.00 EUR (plus 12.34 EUR bonus money, which cannot be withdrawn)'),
  ).toBeVisible();

  // The API refuses until the player confirms; cancelling leaves everything as it was.
  await withdraw.getByLabel('Amount').fill('20.00');
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  const confirm = withdraw.getByRole('alertdialog', { name: 'Confirm forfeiting your bonus' });
  await expect(confirm).toContainText('Withdrawing now forfeits your 12.34 EUR bonus money.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(player.getByRole('listitem', { name: 'Withdrawal of 20.00 EUR' })).toHaveCount(0);
  await expect(eur.getByRole('definition').nth(3)).toHaveText('12.34 EUR');

  // Confirmed: the same request goes again with forfeitBonus, the withdrawal is placed and the bonus money is gone.
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await confirm.getByRole('button', { name: 'Withdraw and forfeit' }).click();
  await expect(withdraw.getByRole('status')).toContainText('Withdrawal of 20.00 EUR');
  await expect(player.getByRole('listitem', { name: 'Withdrawal of 20.00 EUR' })).toBeVisible();
  await expect(eur.getByRole('term')).toHaveCount(3);
  // Paid out or held for approval (the casino's rules decide): either way 20.00 EUR is no longer available.
  await expect(eur.getByRole('definition').nth(1)).toHaveText('80.00 EUR');

  // The bonus ended with the withdrawal: cancelled, its money forfeited.
  await siteNav(player).getByRole('link', { name: 'Bonuses' }).click();
  const past = player.getByRole('table', { name: 'Past bonuses' }).getByRole('row').filter({ hasText: campaign });
  await expect(past).toContainText('Forfeited by a withdrawal');
  await expect(past).toContainText('12.34 EUR forfeited');
  await expect(player.getByText('No bonus in play.')).toBeVisible();
});

test('an operator reads campaign stats and a player’s bonuses, and draws a daily jackpot now with its seed revealed', async ({
  browser,
  request,
}) => {
  const { owner, player, token, slug, ids } = await casinoWithPlayer(browser, request, '10000');
  const suffix = uniqueSuffix();
  const campaign = `Stats ${suffix}`;
  const jackpot = `Daily ${suffix}`;
  await createCampaign(owner, campaign, 'No deposit', async (form) => {
    await form.getByLabel('Bonus amount (EUR)').fill('5.00');
  });

  // A FIXED jackpot: 5.00 EUR drawn each day among the qualifying bets.
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jackpots' }).click();
  await owner.getByRole('button', { name: 'New jackpot' }).click();
  const form = owner.getByRole('form', { name: 'New jackpot' });
  await form.getByLabel('Jackpot name').fill(jackpot);
  await form.getByLabel('Type').selectOption('FIXED');
  await form.getByLabel('Tier 1 prize (EUR)').fill('5.00');
  await form.getByRole('button', { name: 'Create jackpot' }).click();
  await expect(owner.getByRole('status').filter({ hasText: `${jackpot} created and seeded` })).toBeVisible();

  // The player claims the bonus and plays two 1.00 EUR rolls: 20 % of the 10.00 EUR to wager, and two draw entries.
  await player.goto(`${PLAYER_URL}/${slug}/bonuses`);
  await player
    .getByRole('form', { name: `Offer ${campaign}` })
    .getByRole('button', { name: `Claim ${campaign}` })
    .click();
  await expect(player.getByRole('heading', { name: `Active bonus: ${campaign}` })).toBeVisible();
  await rollDice(request, token);
  await rollDice(request, token);
  await expect(player.getByRole('progressbar', { name: 'Wagering progress' })).toHaveAttribute('aria-valuenow', '20');

  // The campaign's results in the console.
  await owner.goto(`${ADMIN_URL}/bonuses`);
  const row = owner.getByRole('row', { name: `Campaign ${campaign}` });
  await expect(row).toContainText('1 grant · 1 active · 0 completed · 0 expired · 0 cancelled');
  const results = row.getByRole('definition');
  await expect(results).toHaveText(['5.00 EUR', '0.00 EUR', '0.00 EUR', '—']);

  // The player's page lists their bonus with its wagering.
  await owner.goto(`${ADMIN_URL}/players/${ids.playerId}`);
  const bonus = owner.getByRole('region', { name: 'Bonuses' }).getByRole('row', { name: `Bonus ${campaign}` });
  await expect(bonus).toContainText('Active');
  await expect(bonus).toContainText('5.00 EUR');
  await expect(bonus).toContainText('20 %');
  await expect(bonus).toContainText('2.00 EUR of 10.00 EUR');

  // The jackpot: its pool matches the ledger; the running period counts the two bets.
  await owner.goto(`${ADMIN_URL}/jackpots`);
  const card = owner.getByRole('region', { name: `Jackpot ${jackpot}` });
  await expect(card.getByRole('table', { name: `${jackpot} tiers` })).toContainText('matches ledger');
  await expect(async () => {
    await owner.reload();
    await expect(card.getByRole('table', { name: `${jackpot} tiers` })).toContainText('2 entries', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const commitment = (/commitment ([0-9a-f]{64})/.exec(
    (await card.getByRole('table', { name: `${jackpot} tiers` }).textContent()) ?? '',
  ) ?? [])[1];
  expect(commitment).toMatch(/^[0-9a-f]{64}$/);

  // The lobby ticker shows the same period: when it closes and its commitment.
  await player.goto(`${PLAYER_URL}/${slug}`);
  const ticker = player.getByRole('region', { name: `${jackpot} jackpot` });
  await expect(ticker).toContainText('Next draw closes');
  await expect(ticker).toContainText('2 entries so far');
  await ticker.getByText('Commitment').click();
  await expect(ticker.getByText(commitment ?? 'missing')).toBeVisible();

  // "Draw now" asks first, then closes the period: drawn among the two bets, the seed revealed, a new period open.
  const history = card.getByRole('region', { name: `${jackpot} draw history` });
  await history.getByRole('button', { name: 'Draw now' }).click();
  const confirm = history.getByRole('group', { name: `Confirm drawing ${jackpot} now` });
  await confirm.getByRole('button', { name: 'Draw now' }).click();
  await expect(owner.getByRole('status').filter({ hasText: `${jackpot}: MINI drawn` })).toBeVisible();
  const drawn = history.getByRole('row').filter({ hasText: 'Drawn' });
  await expect(drawn).toHaveCount(1);
  await expect(drawn).toContainText(`commitment ${commitment}`);
  await expect(drawn).toContainText(/server seed [0-9a-f]{64}/);
  await expect(drawn).toContainText('5.00 EUR');
  await expect(drawn).toContainText(ids.playerId);
  await expect(history.getByRole('row').filter({ has: owner.getByText('Open', { exact: true }) })).toContainText(
    'server seed secret until the draw',
  );
  const seed = (/server seed ([0-9a-f]{64})/.exec((await drawn.textContent()) ?? '') ?? [])[1];

  // The winners' wall links the win to the draw's verification data.
  await player.reload();
  const win = player
    .getByRole('region', { name: 'Jackpot winners' })
    .getByRole('listitem')
    .filter({ hasText: `won on ${jackpot}` });
  await expect(win).toContainText('5.00 EUR');
  await win.getByText('Verify this draw').click();
  const proof = win.getByRole('definition');
  await expect(proof.nth(1)).toHaveText(seed ?? 'missing');
  await expect(proof.nth(2)).toHaveText(commitment ?? 'missing');
  await expect(proof.nth(5)).toHaveText(/^\d+ of 200$/);
});
