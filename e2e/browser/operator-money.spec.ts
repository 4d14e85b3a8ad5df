import { type Browser, type Page, request as playwrightRequest } from '@playwright/test';
import {
  expect,
  test,
  ADMIN_URL,
  asSuperuser,
  grant,
  playerIds,
  PLAYER_URL,
  registerPlayer,
  signInOperator,
  type StaffedTenant,
  staffedTenant,
  uniqueSuffix,
} from './support.js';

/*
 * Money operations across both apps, in one new tenant whose owner invited two finance
 * operators (seeded through the API): payouts that need two approvers, a rejection, a
 * cancellation, a manual adjustment with four eyes, and a reconciliation run.
 */
test.describe.configure({ mode: 'serial' });
// Each test signs operators in: a second sign-in of one operator waits for a fresh TOTP step (≤ 30 s).
test.setTimeout(180_000);

let tenant: StaffedTenant;
const player = { name: '', email: '', password: 'Correct-horse-42', id: '' };

test.beforeAll(async () => {
  const request = await playwrightRequest.newContext();
  tenant = await staffedTenant(request, ['FINANCE', 'FINANCE']);
  await request.dispose();
});

async function operatorPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInOperator(page, who);
  return page;
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

test('a payout above the threshold is paid once two different finance operators approve it; a second approval by the same one is refused', async ({
  browser,
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  Object.assign(player, { name: `Payee ${suffix}`, email: `payee-${suffix}@e2e.test` });
  await registerPlayer(page, PLAYER_URL, tenant.slug, player.name, player.email, player.password);
  const ids = await playerIds(request, tenant.slug, player.email, player.password);
  player.id = ids.playerId;
  await grant(request, ids, '500000');

  await page.goto(`${PLAYER_URL}/${tenant.slug}/wallet`);
  const eur = page.getByRole('region', { name: 'EUR' });
  await expect(eur.getByRole('definition').first()).toHaveText('5,000.00 EUR');
  const withdraw = page.getByRole('form', { name: 'Withdraw' });
  await withdraw.getByLabel('Amount').fill('1,200.00');
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(withdraw.getByRole('status')).toContainText('Withdrawal of 1,200.00 EUR is pending approval');
  const mine = page.getByRole('listitem', { name: 'Withdrawal of 1,200.00 EUR' });
  await expect(mine).toContainText('Pending approval (0 of 2 approvals)');

  // The first finance operator approves: four eyes keep it pending, and a second click is refused.
  const first = await operatorPage(browser, tenant.staff[0]!);
  await nav(first, 'Withdrawals');
  const row = first.getByRole('row').filter({ hasText: player.id });
  await expect(row).toContainText(player.name);
  await expect(row).toContainText('1,200.00 EUR');
  await row.getByRole('button', { name: 'Approve' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Your approval is recorded' })).toContainText(
    '1 of 2 approvals',
  );
  await expect(row.getByText('Approved by you')).toBeVisible();
  await row.getByRole('button', { name: 'Approve' }).click();
  await expect(first.getByRole('alert').filter({ hasText: 'already approved' })).toBeVisible();
  // Approvals move no money, so nothing is pushed: the player sees the progress when they look again.
  await page.reload();
  await expect(mine).toContainText('Pending approval (1 of 2 approvals)');

  // A different finance operator gives the second approval: the payout goes to the provider.
  const second = await operatorPage(browser, tenant.staff[1]!);
  await nav(second, 'Withdrawals');
  const theirRow = second.getByRole('row').filter({ hasText: player.id });
  await expect(theirRow).toContainText('1 of 2 approvals');
  await theirRow.getByRole('button', { name: 'Approve' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Fully approved' })).toBeVisible();
  await expect(theirRow).toHaveCount(0);

  // The player sees it paid, without reloading, and the money gone from the balance.
  await expect(mine).toContainText('Paid');
  await expect(eur.getByRole('definition')).toHaveText(['3,800.00 EUR', '3,800.00 EUR', '0.00 EUR']);
  await first.context().close();
  await second.context().close();
});

test('a finance operator rejects a withdrawal with a reason, and the player cancels another', async ({
  browser,
  page,
}) => {
  await page.goto(`${PLAYER_URL}/${tenant.slug}/login`);
  await page.getByLabel('Email').fill(player.email);
  await page.getByLabel('Password').fill(player.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${PLAYER_URL}/${tenant.slug}`);
  await page.goto(`${PLAYER_URL}/${tenant.slug}/wallet`);
  const withdraw = page.getByRole('form', { name: 'Withdraw' });
  for (const amount of ['1,100.00', '1,050.00']) {
    await withdraw.getByLabel('Amount').fill(amount);
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await expect(withdraw.getByRole('status')).toContainText(`Withdrawal of ${amount} EUR is pending approval`);
  }
  const eur = page.getByRole('region', { name: 'EUR' });
  await expect(eur.getByRole('definition')).toHaveText(['3,800.00 EUR', '1,650.00 EUR', '2,150.00 EUR']);

  const finance = await operatorPage(browser, tenant.staff[0]!);
  await nav(finance, 'Withdrawals');
  const row = finance.getByRole('row', { name: 'Withdrawal of 1,100.00 EUR' });
  await row.getByRole('button', { name: 'Reject…' }).click();
  const form = finance.getByRole('form', { name: 'Reject withdrawal of 1,100.00 EUR' });
  await form.getByRole('button', { name: 'Reject withdrawal' }).click();
  await expect(form.getByText('Give a reason of 1–500 characters.')).toBeVisible();
  await form.getByLabel('Reason for rejecting').fill('Proof of address missing');
  await form.getByRole('button', { name: 'Reject withdrawal' }).click();
  await expect(finance.getByRole('status').filter({ hasText: 'Rejected' })).toContainText(
    'available to the player again',
  );
  await expect(row).toHaveCount(0);

  const rejected = page.getByRole('listitem', { name: 'Withdrawal of 1,100.00 EUR' });
  await expect(rejected).toContainText('Rejected — Proof of address missing');
  await expect(rejected.getByRole('button', { name: 'Cancel withdrawal' })).toHaveCount(0);

  const cancelled = page.getByRole('listitem', { name: 'Withdrawal of 1,050.00 EUR' });
  await cancelled.getByRole('button', { name: 'Cancel withdrawal' }).click();
  await expect(cancelled).toContainText('Cancelled');
  await expect(eur.getByRole('definition')).toHaveText(['3,800.00 EUR', '3,800.00 EUR', '0.00 EUR']);
  // Gone from the approvers' queue too.
  await finance.getByRole('button', { name: 'Refresh' }).click();
  await expect(finance.getByRole('row', { name: 'Withdrawal of 1,050.00 EUR' })).toHaveCount(0);
  await finance.context().close();
});

test('an operator finds the player, reads the ledger and requests an adjustment; a second operator approves it; the player’s balance changes', async ({
  browser,
  page,
}) => {
  await page.goto(`${PLAYER_URL}/${tenant.slug}/login`);
  await page.getByLabel('Email').fill(player.email);
  await page.getByLabel('Password').fill(player.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${PLAYER_URL}/${tenant.slug}`);
  await page.goto(`${PLAYER_URL}/${tenant.slug}/wallet`);
  const eur = page.getByRole('region', { name: 'EUR' });
  await expect(eur.getByRole('definition').first()).toHaveText('3,800.00 EUR');

  const requester = await operatorPage(browser, tenant.staff[0]!);
  await nav(requester, 'Players');
  await requester.getByLabel('Name, email or id').fill(player.email.slice(0, 12).toUpperCase());
  await requester.getByRole('button', { name: 'Search' }).click();
  await requester.getByRole('link', { name: player.name }).click();
  await expect(requester.getByRole('heading', { level: 1, name: player.name })).toBeVisible();
  await expect(requester.getByRole('row', { name: 'EUR balance' })).toContainText('3,800.00 EUR');

  // The ledger: the grant and the paid withdrawal; filters go to the API.
  const ledger = requester.getByRole('region', { name: 'Ledger' });
  await expect(ledger.getByRole('row').filter({ hasText: 'Grant' })).toContainText('+5,000.00 EUR');
  await expect(ledger.getByRole('row').filter({ hasText: 'Reserved payment' })).toContainText('-1,200.00 EUR');
  await ledger.getByLabel('Type').selectOption('ADJUSTMENT');
  await expect(ledger.getByText('No transactions match these filters')).toBeVisible();
  await ledger.getByRole('button', { name: 'Clear filters' }).click();

  const form = requester.getByRole('form', { name: 'Request an adjustment' });
  await form.getByLabel('Amount').fill('25.00');
  await form.getByRole('button', { name: 'Request adjustment' }).click();
  await expect(form.getByText('Give a reason of 3–500 characters for the approver and the audit trail.')).toBeVisible();
  await form.getByLabel('Reason').fill('Goodwill: game outage on Friday');
  await form.getByRole('button', { name: 'Request adjustment' }).click();
  await expect(form.getByRole('status')).toContainText(
    'Requested a credit of 25.00 EUR. It awaits approval by a different finance operator.',
  );
  // Four eyes in the console: the requester is offered no Approve for their own request.
  const own = requester.getByRole('row', { name: `Adjustment of +25.00 EUR for ${player.name}` });
  await expect(own).toContainText('Awaiting approval');
  await expect(own.getByText('Requested by you')).toBeVisible();
  await expect(own.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(eur.getByRole('definition').first()).toHaveText('3,800.00 EUR');

  // Another finance operator approves it on the Adjustments screen.
  const approver = await operatorPage(browser, tenant.staff[1]!);
  await nav(approver, 'Adjustments');
  const row = approver.getByRole('row', { name: `Adjustment of +25.00 EUR for ${player.name}` });
  await expect(row).toContainText('Goodwill: game outage on Friday');
  await row.getByRole('button', { name: 'Approve' }).click();
  await expect(approver.getByRole('status').filter({ hasText: 'Approved' })).toContainText(
    'posted to the player’s balance',
  );
  await expect(row).toContainText('Approved');

  // The player's balance changes live; the operator's ledger shows the adjustment.
  await expect(eur.getByRole('definition').first()).toHaveText('3,825.00 EUR');
  await requester.getByRole('button', { name: 'Refresh' }).click();
  await expect(requester.getByRole('row', { name: 'EUR balance' })).toContainText('3,825.00 EUR');
  await expect(ledger.getByRole('row').filter({ hasText: 'Adjustment' })).toContainText('+25.00 EUR');
  await requester.context().close();
  await approver.context().close();
});

test('reconciliation: Run now shows a clean run and no alert', async ({ browser }) => {
  const finance = await operatorPage(browser, tenant.staff[0]!);
  await nav(finance, 'Reconciliation');
  await expect(finance.getByRole('heading', { level: 1, name: 'Reconciliation' })).toBeVisible();
  await finance.getByRole('button', { name: 'Run now' }).click();
  await expect(finance.getByRole('status').filter({ hasText: 'Balanced' })).toContainText('nothing found');
  const runs = finance.getByRole('region', { name: 'Runs' });
  await expect(runs.getByRole('row').filter({ hasText: 'Balanced' }).first()).toContainText('Nothing found.');
  await expect(reconciliationAlert(finance)).toHaveCount(0);
  await expect(finance).toHaveURL(`${ADMIN_URL}/reconciliation`);
  await finance.context().close();
});

test('reconciliation: a corrupted balance raises an alert on every screen, in plain words, until a run is clean again', async ({
  browser,
}) => {
  const finance = await operatorPage(browser, tenant.staff[1]!);
  // Behind the ledger's back (as the superuser): the player's cached balance gains 0.07 EUR.
  const corrupt = (delta: number) =>
    asSuperuser((db) =>
      db.query(
        `update wallet.account set balance = balance + $3 where tenant_id = $1 and holder = $2 and type = 'PLAYER_CASH'`,
        [tenant.id, player.id, delta],
      ),
    );
  await corrupt(7);
  try {
    await nav(finance, 'Reconciliation');
    await finance.getByRole('button', { name: 'Run now' }).click();
    await expect(finance.getByRole('status').filter({ hasText: 'discrepancy' })).toContainText('1 discrepancy found');
    const runs = finance.getByRole('region', { name: 'Runs' });
    await expect(runs.getByRole('row').filter({ hasText: 'Discrepancy' }).first()).toContainText(
      'shows a balance of 3,825.07 EUR, but its transactions add up to 3,825.00 EUR',
    );
    await expect(reconciliationAlert(finance)).toContainText('found 1 discrepancy in the ledger');
    // On every screen of the console, not only this one.
    await nav(finance, 'Players');
    await expect(finance.getByRole('heading', { level: 1, name: 'Players' })).toBeVisible();
    await expect(reconciliationAlert(finance)).toBeVisible();
  } finally {
    await corrupt(-7);
  }
  // Put right, the next run is clean and the alert goes away.
  await reconciliationAlert(finance).getByRole('link', { name: 'Review the findings' }).click();
  await finance.getByRole('button', { name: 'Run now' }).click();
  await expect(finance.getByRole('status').filter({ hasText: 'Balanced' })).toBeVisible();
  await expect(reconciliationAlert(finance)).toHaveCount(0);
  await finance.context().close();
});

function reconciliationAlert(page: Page) {
  return page.getByRole('alert', { name: 'Reconciliation alert' });
}
