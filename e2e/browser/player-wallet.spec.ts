import { type Page } from '@playwright/test';
import { expect, test, grant, playerIds, PLAYER_URL, registerPlayer, uniqueSuffix } from './support.js';

/** Data rows of the history (not the heading, an empty state or the "Load more" row). */
const historyRows = (page: Page) => page.getByRole('table').getByRole('row').filter({ hasText: / EUR$/ });

test('a new player sees an empty wallet, then a grant in their balance and history, with filters and paging', async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const email = `wallet-${suffix}@e2e.test`;
  const password = 'Correct-horse-42';
  await registerPlayer(page, PLAYER_URL, 'aurora', `Wallet ${suffix}`, email, password);

  // Aurora's main currency is EUR; the player has never held any.
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Wallet 0 EUR' })).toBeVisible();
  await header.getByRole('link', { name: /^Wallet/ }).click();
  await expect(page).toHaveURL(`${PLAYER_URL}/aurora/wallet`);

  await expect(page.getByRole('heading', { level: 1, name: 'Wallet' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Balances' })).toBeVisible();
  await expect(page.getByText('Your wallet is empty')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Transaction history' })).toBeVisible();
  await expect(page.getByText('No transactions yet')).toBeVisible();

  // Real money through the ledger, not fake data.
  const ids = await playerIds(request, 'aurora', email, password);
  await grant(request, ids, '2500');
  await page.reload();

  const eur = page.getByRole('region', { name: 'EUR' });
  await expect(eur.getByRole('heading', { name: 'EUR' })).toBeVisible();
  await expect(eur.getByText('Currency')).toBeVisible();
  await expect(eur.getByRole('definition').first()).toHaveText('25.00 EUR');
  // Balance, available, held.
  await expect(eur.getByRole('term')).toHaveText(['Balance', 'Available', 'Held']);
  await expect(eur.getByRole('definition')).toHaveText(['25.00 EUR', '25.00 EUR', '0.00 EUR']);
  await expect(header.getByRole('link', { name: 'Wallet 25.00 EUR' })).toBeVisible();

  await expect(historyRows(page)).toHaveCount(1);
  const row = historyRows(page).first();
  await expect(row.getByRole('cell', { name: 'Grant' })).toBeVisible();
  await expect(row.getByRole('cell', { name: '+25.00 EUR' })).toBeVisible();

  // Live: the myBalance subscription pushes the new balance; the history's first page follows it.
  await grant(request, ids, '500');
  await expect(eur.getByRole('definition').first()).toHaveText('30.00 EUR');
  await expect(header.getByRole('link', { name: 'Wallet 30.00 EUR' })).toBeVisible();
  await expect(historyRows(page)).toHaveCount(2);

  // Filters go to the API: a kind or an asset the player has none of shows the filtered empty state.
  await page.getByLabel('Type', { exact: true }).selectOption('DEPOSIT');
  await expect(page.getByText('No transactions match these filters')).toBeVisible();
  await page.getByLabel('Type', { exact: true }).selectOption('GRANT');
  await expect(historyRows(page)).toHaveCount(2);
  await page.getByLabel('Asset', { exact: true }).selectOption('USD');
  await expect(page.getByText('No transactions match these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(historyRows(page)).toHaveCount(2);
  // A range that ended yesterday excludes today's grants; an impossible range is explained.
  const today = new Date();
  const isoDate = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  await page.getByLabel('To', { exact: true }).fill(isoDate(yesterday));
  await expect(page.getByText('No transactions match these filters')).toBeVisible();
  await page.getByLabel('To', { exact: true }).fill(isoDate(today));
  await page.getByLabel('From', { exact: true }).fill(isoDate(today));
  await expect(historyRows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Cursor paging: 25 rows a page, then "Load more".
  for (let i = 0; i < 24; i += 1) await grant(request, ids, '1');
  await page.reload();
  await expect(eur.getByRole('definition').first()).toHaveText('30.24 EUR');
  await expect(historyRows(page)).toHaveCount(25);
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(historyRows(page)).toHaveCount(26);
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  // The oldest row, last after paging, is the first grant.
  await expect(historyRows(page).last().getByRole('cell', { name: '+25.00 EUR' })).toBeVisible();
});

test('a signed-out visitor of the wallet page is asked to sign in', async ({ page }) => {
  await page.goto(`${PLAYER_URL}/aurora/wallet`);
  await expect(page.getByRole('heading', { level: 1, name: 'Wallet' })).toBeVisible();
  await expect(page.getByText('Sign in to see your wallet')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /^Wallet/ })).toHaveCount(0);
});
