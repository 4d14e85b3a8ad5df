import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { verifyBet } from '@casinox/verifier';
import { expect, test, ADMIN_URL, GATEWAY_URL, grant, signInOperator, uniqueSuffix } from './support.js';

const PLATFORM_ADMIN = { email: 'admin@casinox.test', password: 'CasinoX-admin-1' };

interface PlayerSession {
  token: string;
  tenantId: string;
  playerId: string;
  displayName: string;
}

interface BetAnswer {
  ok: boolean;
  code: string | null;
  minStake: string | null;
  bet: { id: string; stake: string; payout: string | null } | null;
}

async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await request.post(GATEWAY_URL, {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** A player of `slug`, registered through the public API. */
async function registerPlayer(request: APIRequestContext, slug: string, displayName: string): Promise<PlayerSession> {
  const data = await gql<{
    registerPlayer: { session: { accessToken: string }; player: { id: string; tenantId: string } };
  }>(
    request,
    'mutation ($input: RegisterPlayerInput!) { registerPlayer(input: $input) { session { accessToken } player { id tenantId } } }',
    {
      input: {
        tenantSlug: slug,
        displayName,
        email: `${displayName.replace(/\W/g, '').toLowerCase()}@e2e.test`,
        password: 'Correct-horse-42',
      },
    },
  );
  return {
    token: data.registerPlayer.session.accessToken,
    tenantId: data.registerPlayer.player.tenantId,
    playerId: data.registerPlayer.player.id,
    displayName,
  };
}

/** What the player site does on "Bet": placeBet through the gateway with the player's token. */
async function placeBet(
  request: APIRequestContext,
  player: PlayerSession,
  input: { game: string; stake: string; params: Record<string, unknown> },
): Promise<BetAnswer> {
  const data = await gql<{ placeBet: BetAnswer }>(
    request,
    'mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok code minStake bet { id stake payout } } }',
    { input: { ...input, asset: 'EUR', idempotencyKey: randomUUID() } },
    player.token,
  );
  return data.placeBet;
}

/** A casino of its own (its game settings change here, nobody else's) and its owner, signed in. */
async function newCasinoWithOwner(browser: Browser): Promise<{ slug: string; owner: Page }> {
  const admin = await (await browser.newContext()).newPage();
  await signInOperator(admin, PLATFORM_ADMIN);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tenants' }).click();
  const suffix = uniqueSuffix();
  const slug = `gm-${suffix}`;
  const tenantName = `Games ${suffix}`;
  const owner = { email: `games-owner-${suffix}@e2e.test`, password: 'Owner-password-42' };
  await admin.getByLabel('Slug').fill(slug);
  await admin.getByLabel('Tenant name').fill(tenantName);
  await admin.getByLabel('Currencies').fill('EUR');
  await admin.getByLabel('Owner email').fill(owner.email);
  await admin.getByLabel('Owner display name').fill(`Owner ${suffix}`);
  await admin.getByRole('button', { name: 'Create tenant' }).click();
  const link = (
    await admin
      .getByRole('region', { name: `Owner invite for ${tenantName}` })
      .locator('code')
      .innerText()
  ).trim();
  await admin.context().close();

  const page = await (await browser.newContext()).newPage();
  await page.goto(link.startsWith('http') ? link : `${ADMIN_URL}${link}`);
  await page.getByLabel('New password').fill(owner.password);
  await page.getByLabel('Confirm password').fill(owner.password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is set');
  await signInOperator(page, owner);
  return { slug, owner: page };
}

/** Dice UNDER 49.50 pays exactly 2× the stake (99 % RTP): a win reaches the 2× highlight. */
const DOUBLE_OR_NOTHING = { target: 49.5, direction: 'UNDER' };

test('an operator watches bets arrive live, opens one with its fairness inputs, and switches a game off for the API', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const { slug, owner: page } = await newCasinoWithOwner(browser);
  const player = await registerPlayer(request, slug, `Gambler ${uniqueSuffix()}`);
  await grant(request, { tenantId: player.tenantId, playerId: player.playerId }, '100000');

  // The live feed of a new casino: connected, nothing yet.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Live bets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Live bets' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Feed status' })).toHaveText('Live');
  await expect(page.getByText('No bets yet')).toBeVisible();
  await page.getByLabel('Highlight wins from').selectOption('2');

  // The socket subscribes in the background: bet until the first bet shows up live. Stakes tell the
  // rows apart: warm-ups 1.01 EUR…, then 5.01 EUR…, then 3.00 EUR (no payout equals another's stake).
  const feed = page.getByRole('table', { name: 'Live bets' });
  let warmUps = 0;
  await expect(async () => {
    warmUps += 1;
    const stake = String(100 + warmUps);
    expect((await placeBet(request, player, { game: 'DICE', stake, params: DOUBLE_OR_NOTHING })).ok).toBe(true);
    await expect(
      feed
        .getByRole('row')
        .filter({ hasText: `${(Number(stake) / 100).toFixed(2)} EUR` })
        .first(),
    ).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });

  // Now every bet arrives, newest on top; each win at 2× is highlighted, each loss is not.
  const placed: BetAnswer['bet'][] = [];
  for (let i = 1; placed.length < 3 || !placed.some((b) => b!.payout !== '0'); i++) {
    expect(i, 'a 2× dice bet wins about every other time').toBeLessThan(40);
    const answer = await placeBet(request, player, { game: 'DICE', stake: String(500 + i), params: DOUBLE_OR_NOTHING });
    expect(answer.ok).toBe(true);
    placed.push(answer.bet);
  }
  for (const bet of placed) {
    const row = feed.getByRole('row').filter({ hasText: `${(Number(bet!.stake) / 100).toFixed(2)} EUR` });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(player.displayName);
    await expect(row).toContainText('Dice');
    if (bet!.payout === '0') {
      await expect(row.getByText('Big win')).toHaveCount(0);
      await expect(row).toContainText('0.00×');
    } else {
      await expect(row.getByText('Big win')).toBeVisible();
      await expect(row).toContainText(`${((Number(bet!.stake) * 2) / 100).toFixed(2)} EUR`);
      await expect(row).toContainText('2.00×');
    }
  }
  const newest = placed.at(-1)!;
  await expect(feed.getByRole('row').nth(1)).toContainText(`${(Number(newest.stake) / 100).toFixed(2)} EUR`);

  // Paused, the list holds still and counts what arrives; resumed, it shows it.
  await page.getByRole('button', { name: 'Pause' }).click();
  expect((await placeBet(request, player, { game: 'DICE', stake: '300', params: DOUBLE_OR_NOTHING })).ok).toBe(true);
  await expect(page.getByRole('status', { name: 'Feed status' })).toHaveText('Paused — 1 new bet waiting');
  await expect(feed.getByRole('row').filter({ hasText: '3.00 EUR' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(feed.getByRole('row').nth(1)).toContainText('3.00 EUR');
  await expect(page.getByRole('status', { name: 'Feed status' })).toHaveText('Live');

  // A bet's detail: the money, the roll in words, and the fairness inputs — the server seed still secret.
  const first = placed[0]!;
  const firstStake = `${(Number(first.stake) / 100).toFixed(2)} EUR`;
  await feed.getByRole('link', { name: `Details of ${player.displayName}’s Dice bet of ${firstStake}` }).click();
  await expect(page).toHaveURL(`${ADMIN_URL}/bets/${first.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Dice bet of ${firstStake}` })).toBeVisible();
  const fairness = page.getByRole('region', { name: 'Provably fair inputs' });
  await expect(fairness).toContainText('Not revealed yet');
  await expect(page.getByRole('definition').filter({ hasText: 'Roll under 49.50' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Outcome' }).getByRole('definition').first()).toHaveText(
    /^\d{1,2}\.\d{2}$/,
  );

  // The player rotates their seeds: the operator now sees the server seed, and it recomputes the roll shown.
  await gql(request, 'mutation { rotateSeed { revealed { id } } }', {}, player.token);
  await page.reload();
  await expect(fairness.getByText(/^npm run verify -w @casinox\/verifier -- --game DICE /)).toBeVisible();
  const value = (label: string) =>
    fairness
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  const recomputed = await verifyBet({
    game: 'DICE',
    serverSeed: (await value('Server seed').innerText()).trim(),
    serverSeedHash: (await value('Server seed hash').innerText()).trim(),
    clientSeed: (await value('Client seed').innerText()).trim(),
    nonce: Number((await value('Nonce').innerText()).trim()),
    params: DOUBLE_OR_NOTHING,
  });
  expect(recomputed.hashMatches).toBe(true);
  await expect(page.getByRole('region', { name: 'Outcome' }).getByRole('definition').first()).toHaveText(
    recomputed.outcome.roll.toFixed(2),
  );

  // Game settings: the owner switches dice off and raises limbo's minimum stake to 1.00 EUR.
  await nav.getByRole('link', { name: 'Games' }).click();
  const dice = page.getByRole('region', { name: 'Dice' });
  await expect(dice.getByRole('switch', { name: 'Enabled for players' })).toBeChecked();
  await dice.getByRole('switch', { name: 'Enabled for players' }).uncheck();
  await dice.getByRole('button', { name: 'Save Dice' }).click();
  await expect(dice.getByRole('status')).toHaveText(
    'Saved. Dice is disabled: players cannot place bets on it, at 99.00 % RTP.',
  );

  const limbo = page.getByRole('region', { name: 'Limbo' });
  await expect(limbo.getByLabel('Minimum stake (EUR)')).toHaveValue('0.10');
  await limbo.getByLabel('Minimum stake (EUR)').fill('1.005');
  await limbo.getByRole('button', { name: 'Save Limbo' }).click();
  await expect(limbo.getByText('Use at most 2 decimals for this currency.')).toBeVisible();
  await limbo.getByLabel('Minimum stake (EUR)').fill('1.00');
  await limbo.getByRole('button', { name: 'Save Limbo' }).click();
  await expect(limbo.getByRole('status')).toContainText('Saved. Limbo is enabled');
  await expect(limbo.getByRole('row', { name: /EUR/ })).toContainText('Your casino');

  // The API now refuses dice with a typed GAME_DISABLED, and limbo below 1.00 EUR, in minor units.
  expect(await placeBet(request, player, { game: 'DICE', stake: '100', params: DOUBLE_OR_NOTHING })).toMatchObject({
    ok: false,
    code: 'GAME_DISABLED',
    bet: null,
  });
  expect(await placeBet(request, player, { game: 'LIMBO', stake: '50', params: { target: 2 } })).toMatchObject({
    ok: false,
    code: 'STAKE_OUT_OF_LIMITS',
    minStake: '100',
  });
  expect((await placeBet(request, player, { game: 'LIMBO', stake: '100', params: { target: 2 } })).ok).toBe(true);

  // The settings survive a reload.
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Dice' }).getByRole('switch', { name: 'Enabled for players' }),
  ).not.toBeChecked();
  await expect(page.getByRole('region', { name: 'Limbo' }).getByLabel('Minimum stake (EUR)')).toHaveValue('1.00');

  // The RTP report counts the settled bets per game.
  await nav.getByRole('link', { name: 'RTP report' }).click();
  const diceLine = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Dice' }) });
  await expect(diceLine).toContainText('99.00 %');
  await expect(diceLine.getByRole('cell').nth(2)).toHaveText(String(warmUps + placed.length + 1));
});
