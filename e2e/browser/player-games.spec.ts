import { randomUUID } from 'node:crypto';
import { type Page } from '@playwright/test';
import { expect, test, gatewayQuery, grant, playerIds, PLAYER_URL, registerPlayer, uniqueSuffix } from './support.js';

/** European roulette's red numbers, written down here so the test checks the payout independently. */
const RED = new Set([1, 3, 5, 7, 9, 12, 14, 16, 18, 19, 21, 23, 25, 27, 30, 32, 34, 36]);

const eur = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')} EUR`;
/** "You won 1.98 EUR" → 198 (cents); no win → 0. */
const wonCents = (text: string) => {
  const match = /You won (\d+)\.(\d{2}) EUR/.exec(text);
  return match ? Number(match[1]) * 100 + Number(match[2]) : 0;
};

const headerBalance = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Wallet/ });
const siteNav = (page: Page) => page.getByRole('banner').getByRole('navigation', { name: 'Site' });

async function rotateSeeds(page: Page, clientSeed: string) {
  await siteNav(page).getByRole('link', { name: 'Fairness' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Provably fair' })).toBeVisible();
  await page.getByLabel('New client seed').fill(clientSeed);
  await page.getByRole('button', { name: 'Rotate seeds' }).click();
  await expect(page.getByText('Seeds rotated. Your previous server seed is revealed:')).toBeVisible();
}

test('a player rotates seeds, plays dice and roulette with live results and balance, then verifies the revealed bets', async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const email = `games-${suffix}@e2e.test`;
  const password = 'Correct-horse-42';
  await registerPlayer(page, PLAYER_URL, 'aurora', `Games ${suffix}`, email, password);
  await grant(request, await playerIds(request, 'aurora', email, password), '10000');
  // The grant arrives through the live myBalance subscription, without a reload.
  await expect(headerBalance(page)).toHaveText(/100\.00 EUR/);
  let balance = 100_00;

  // Seeds: note the commitment, choose a client seed, rotate.
  await siteNav(page).getByRole('link', { name: 'Fairness' }).click();
  const seeds = page.getByRole('region', { name: 'Your current seeds' });
  await expect(seeds.getByRole('definition')).toHaveCount(3);
  const firstHash = (await seeds.getByRole('definition').first().textContent()) ?? '';
  expect(firstHash).toMatch(/^[0-9a-f]{64}$/);
  await rotateSeeds(page, `e2e-${suffix}`);
  const revealedNotice = page.getByRole('status').filter({ hasText: 'Seeds rotated' });
  await expect(revealedNotice.getByRole('definition').nth(1)).toHaveText(firstHash);
  await expect(seeds.getByRole('definition').nth(1)).toHaveText(`e2e-${suffix}`);
  await expect(seeds.getByRole('definition').nth(2)).toHaveText('0');
  await expect(seeds.getByRole('definition').first()).not.toHaveText(firstHash);

  // Dice: 1.00 EUR over 50.50; the roll animates, then the result is told and the balance follows.
  await siteNav(page).getByRole('link', { name: 'Games' }).click();
  await page.getByRole('link', { name: 'Dice', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dice' })).toBeVisible();
  await page.getByLabel('Stake', { exact: true }).fill('1.00');
  await page.getByLabel('Target', { exact: true }).fill('50.50');
  await expect(page.getByText('49.49 %')).toBeVisible();
  await page.getByRole('button', { name: 'Roll dice' }).click();
  const diceStatus = page.getByRole('region', { name: 'Dice result' }).getByRole('status');
  await expect(diceStatus).toHaveText(/^Rolled \d{1,2}\.\d{2} — (You won 2\.00 EUR|no win this time)/);
  const diceText = (await diceStatus.textContent()) ?? '';
  const roll = Number(/^Rolled (\d+\.\d{2})/.exec(diceText)?.[1]);
  expect(wonCents(diceText) > 0).toBe(roll > 50.5);
  balance += -100 + wonCents(diceText);
  await expect(headerBalance(page)).toHaveText(new RegExp(eur(balance).replace('.', '\\.')));
  const diceBets = page
    .getByRole('table', { name: /recent dice bets/ })
    .getByRole('row')
    .filter({ hasText: 'Rolled' });
  await expect(diceBets).toHaveCount(1);
  await expect(diceBets.first()).toContainText(`Rolled ${roll.toFixed(2)} · over 50.50`);
  await expect(diceBets.first()).toContainText('seed not revealed yet');

  // Roulette: three bets on one spin — red, straight 17 and the split 17/20.
  await page.getByRole('navigation', { name: 'Game list' }).getByRole('link', { name: 'Roulette' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roulette' })).toBeVisible();
  await page.getByRole('button', { name: 'Chip 1.00 EUR' }).click();
  await expect(page.getByRole('button', { name: 'Chip 1.00 EUR' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Red', exact: true }).click();
  await page.getByRole('button', { name: 'Straight 17', exact: true }).click();
  await page.getByRole('button', { name: 'Chip 0.50 EUR' }).click();
  await page.getByRole('button', { name: 'Split 17 and 20', exact: true }).click();
  await expect(page.getByText('Total stake 2.50 EUR')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Straight 17, 1.00 EUR on it' })).toBeVisible();
  await page.getByRole('button', { name: 'Spin' }).click();
  const wheelStatus = page.getByRole('region', { name: 'Roulette wheel' }).getByRole('status');
  await expect(wheelStatus).toHaveText('The ball is spinning…');
  await expect(wheelStatus).toHaveText(/^The ball landed on \d{1,2} (red|black|green) — /);
  const pocket = Number(/landed on (\d+)/.exec((await wheelStatus.textContent()) ?? '')?.[1]);
  const rouletteWin =
    (RED.has(pocket) ? 200 : 0) + (pocket === 17 ? 3600 : 0) + (pocket === 17 || pocket === 20 ? 900 : 0);
  await expect(wheelStatus).toContainText(rouletteWin > 0 ? `You won ${eur(rouletteWin)}` : 'no win this time');
  balance += -250 + rouletteWin;
  await expect(headerBalance(page)).toHaveText(new RegExp(eur(balance).replace('.', '\\.')));
  await expect(
    page
      .getByRole('table', { name: /recent roulette bets/ })
      .getByRole('row')
      .filter({ hasText: `${pocket} ` }),
  ).toHaveCount(1);

  // Rotating again reveals the server seed both bets used.
  await rotateSeeds(page, `e2e-next-${suffix}`);
  await expect(
    page
      .getByRole('table', { name: /revealed seed pairs/ })
      .getByRole('row')
      .filter({ hasText: `e2e-${suffix}` })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('2');

  // The dice bet, opened from its list, recomputed in the browser by the verifier.
  await siteNav(page).getByRole('link', { name: 'Games' }).click();
  await page.getByRole('link', { name: 'Dice', exact: true }).click();
  await diceBets
    .first()
    .getByRole('link', { name: /^Verify bet/ })
    .click();
  await expect(page).toHaveURL(/\/aurora\/fairness\?bet=/);
  const verification = page.getByRole('region', { name: 'Verification result' });
  await expect(verification.getByRole('status')).toHaveText(
    'Match: the recorded bet is exactly what these seeds produce.',
  );
  await expect(verification.getByText('The server seed matches the commitment.')).toBeVisible();
  await expect(verification.getByRole('row', { name: /^Outcome/ })).toContainText(
    `Rolled ${roll.toFixed(2)} · over 50.50`,
  );
  await expect(page.getByLabel('Nonce')).toHaveValue('0');

  // And the roulette spin (nonce 1).
  await siteNav(page).getByRole('link', { name: 'Games' }).click();
  await page.getByRole('link', { name: 'Roulette', exact: true }).click();
  await page
    .getByRole('table', { name: /recent roulette bets/ })
    .getByRole('link', { name: /^Verify bet/ })
    .click();
  await expect(verification.getByRole('status')).toHaveText(
    'Match: the recorded bet is exactly what these seeds produce.',
  );
  await expect(page.getByLabel('Nonce')).toHaveValue('1');

  // Tampering with the inputs shows a mismatch against the commitment.
  await page.getByLabel('Server seed', { exact: true }).fill('0'.repeat(64));
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(verification.getByText('The server seed does NOT match the commitment.')).toBeVisible();
});

test('limbo auto-bet runs its bets one after another; a mines round survives a reload and cashes out', async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const email = `rounds-${suffix}@e2e.test`;
  const password = 'Correct-horse-42';
  await registerPlayer(page, PLAYER_URL, 'aurora', `Rounds ${suffix}`, email, password);
  await grant(request, await playerIds(request, 'aurora', email, password), '5000');
  await expect(headerBalance(page)).toHaveText(/50\.00 EUR/);

  // Limbo auto-bet: five bets of 0.10 EUR at 2×, then it stops by itself.
  await page.goto(`${PLAYER_URL}/aurora/games/limbo`);
  await page.getByRole('button', { name: 'Auto' }).click();
  await page.getByLabel('Stake', { exact: true }).fill('0.10');
  await page.getByLabel('Number of bets').fill('5');
  await page.getByRole('button', { name: 'Start auto-bet' }).click();
  await expect(page.getByRole('button', { name: 'Stop auto-bet' })).toBeVisible();
  await expect(page.getByText('Auto-bet finished: all bets placed.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('form', { name: 'Auto-bet' }).getByRole('status')).toHaveText(
    /^Bet 5 of 5 · Net [+-]?\d+\.\d{2} EUR$/,
  );
  await expect(
    page
      .getByRole('table', { name: /recent limbo bets/ })
      .getByRole('row')
      .filter({ hasText: 'target 2.00×' }),
  ).toHaveCount(5);

  // Mines: start a round, reveal a tile; when it is a gem, reload — the round is still there — and cash out.
  await page.getByRole('navigation', { name: 'Game list' }).getByRole('link', { name: 'Mines' }).click();
  await page.getByLabel('Stake', { exact: true }).fill('1.00');
  await page.getByLabel('Mines', { exact: true }).selectOption('1');
  await page.getByRole('button', { name: 'Start round' }).click();
  const grid = page.getByRole('region', { name: 'Mines grid' });
  await expect(grid.getByRole('status')).toHaveText('Round started with 1 mine: reveal a tile.');
  await grid.getByRole('button', { name: 'Tile row 1, column 1', exact: true }).click();
  await expect(grid.getByRole('status')).toHaveText(
    /^(1 gem found — cash out or reveal another tile\.|Boom — you hit a mine\. No win this time\.)$/,
  );
  if ((await grid.getByRole('status').textContent())?.startsWith('Boom')) {
    // 1 in 25: the first tile was the mine. The round is over and shows every tile.
    await expect(grid.getByRole('button', { name: 'Tile row 1, column 1: mine — hit' })).toBeVisible();
    return;
  }
  await expect(grid.getByRole('button', { name: 'Tile row 1, column 1: gem' })).toBeVisible();
  await page.reload();
  await expect(grid.getByRole('status')).toHaveText('1 gem found — cash out or reveal another tile.');
  await expect(grid.getByRole('button', { name: 'Tile row 1, column 1: gem' })).toBeVisible();
  // 1 mine: one safe tile pays 0.99 × 25/24 = 1.03125× → 1.03 EUR.
  await page.getByRole('button', { name: 'Cash out 1.03 EUR' }).click();
  await expect(grid.getByRole('status')).toHaveText('Cashed out — You won 1.03 EUR (1.0312×)');
  await expect(grid.getByRole('button', { name: /: mine$/ })).toHaveCount(1);
  await expect(
    page
      .getByRole('table', { name: /recent mines bets/ })
      .getByRole('row')
      .filter({ hasText: 'Cashed out after 1 tile · 1 mine' }),
  ).toHaveCount(1);
});

test('a signed-out visitor of the lobby sees a big win appear live as a player of the casino wins it', async ({
  page,
  request,
}) => {
  await page.goto(`${PLAYER_URL}/aurora`);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Big wins' })).toBeVisible();

  // A player of the casino plays elsewhere (through the API): dice under 5.00 pays 19.80× when it wins.
  const suffix = uniqueSuffix();
  const email = `ticker-${suffix}@e2e.test`;
  const password = 'Correct-horse-42';
  const registered = await gatewayQuery<{ registerPlayer: { session: { accessToken: string } } }>(
    request,
    'mutation ($input: RegisterPlayerInput!) { registerPlayer(input: $input) { session { accessToken } } }',
    { input: { tenantSlug: 'aurora', email, password, displayName: `Ticker ${suffix}` } },
  );
  const token = registered.registerPlayer.session.accessToken;
  const ids = await playerIds(request, 'aurora', email, password);
  await grant(request, ids, '100000');

  // Bet until one of this player's big wins shows in the visitor's ticker, without a reload (the
  // first may settle before the page's subscription is registered: big wins have no catch-up).
  const ticker = page.getByRole('list', { name: 'Latest big wins' }).getByRole('listitem');
  let alias: string | null = null;
  await expect
    .poll(
      async () => {
        const { placeBet } = await gatewayQuery<{ placeBet: { ok: boolean; bet: { id: string; payout: string } } }>(
          request,
          'mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok bet { id payout } } }',
          {
            input: {
              game: 'DICE',
              asset: 'EUR',
              stake: '100',
              params: { target: 5, direction: 'UNDER' },
              idempotencyKey: randomUUID(),
            },
          },
          token,
        );
        expect(placeBet.ok).toBe(true);
        if (!alias && BigInt(placeBet.bet.payout) >= 1000n) {
          // The winner's pseudonym, read as a visitor reads it: naming the casino, without a token.
          const { bigWin } = await gatewayQuery<{ bigWin: { playerAlias: string } | null }>(
            request,
            'query ($id: ID!, $tenant: ID) { bigWin(id: $id, tenantId: $tenant) { playerAlias } }',
            {
              id: placeBet.bet.id,
              tenant: ids.tenantId,
            },
          );
          alias = bigWin?.playerAlias ?? null;
        }
        return alias ? ticker.filter({ hasText: alias }).count() : 0;
      },
      { intervals: [300], timeout: 60_000 },
    )
    .toBeGreaterThan(0);
  const chip = ticker.filter({ hasText: alias! }).first();
  await expect(chip).toContainText('19.80 EUR');
  await expect(chip).toContainText('on Dice');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
});
