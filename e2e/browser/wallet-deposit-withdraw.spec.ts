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

const OWNER = { email: 'owner@aurora.test', password: 'CasinoX-owner-1' };

test('a player deposits through the sandbox checkout, asks for a large withdrawal, and one approval leaves it pending', async ({
  browser,
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const email = `pay-${suffix}@e2e.test`;
  const password = 'Correct-horse-42';
  await registerPlayer(page, PLAYER_URL, 'aurora', `Pay ${suffix}`, email, password);
  await page.goto(`${PLAYER_URL}/aurora/wallet`);
  await expect(page.getByText('Your wallet is empty')).toBeVisible();

  // Deposit 50.00 EUR: the form sends the player to the provider's hosted checkout in this tab.
  const deposit = page.getByRole('form', { name: 'Deposit' });
  await deposit.getByLabel('Currency').selectOption('EUR');
  await deposit.getByLabel('Amount').fill('50.001');
  await deposit.getByRole('button', { name: 'Deposit' }).click();
  await expect(deposit.getByText('Use at most 2 decimals for this currency.')).toBeVisible();
  await deposit.getByLabel('Amount').fill('50.00');
  await deposit.getByRole('button', { name: 'Deposit' }).click();

  await expect(page.getByRole('heading', { name: /Pay\s+50\.00 EUR/ })).toBeVisible();
  expect(page.url()).toContain('/sandbox/checkout/');
  await page.getByRole('button', { name: 'Pay', exact: true }).click();

  // The checkout sends the player straight back to the wallet, which says what happened (once).
  await expect(page.getByRole('status', { name: 'Checkout' })).toHaveText(
    'Payment approved. Your balance updates as soon as the payment provider confirms it.',
  );
  await expect(page).toHaveURL(`${PLAYER_URL}/aurora/wallet`);
  const eur = page.getByRole('region', { name: 'EUR' });
  await expect(eur.getByRole('definition').first()).toHaveText('50.00 EUR');
  await expect(page.getByRole('listitem', { name: 'Deposit of 50.00 EUR' })).toContainText('50.00 EUR — Paid');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Wallet 50.00 EUR' })).toBeVisible();

  // A declined payment comes back too; nothing is credited.
  await deposit.getByLabel('Currency').selectOption('EUR');
  await deposit.getByLabel('Amount').fill('10.00');
  await deposit.getByRole('button', { name: 'Deposit' }).click();
  await expect(page.getByRole('heading', { name: /Pay\s+10\.00 EUR/ })).toBeVisible();
  await page.getByRole('button', { name: 'Decline', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Checkout' })).toHaveText(
    'Payment declined. Nothing was charged to your balance.',
  );
  await expect(page.getByRole('listitem', { name: 'Deposit of 10.00 EUR' })).toContainText('Failed');
  await expect(eur.getByRole('definition').first()).toHaveText('50.00 EUR');
  // A reload shows the list, not the notice again.
  await page.reload();
  await expect(page.getByRole('listitem', { name: 'Deposit of 50.00 EUR' })).toContainText('Paid');
  await expect(page.getByRole('status', { name: 'Checkout' })).toHaveCount(0);

  // Enough for a withdrawal above the approval threshold (1,000.00 EUR): pushed live.
  await grant(request, await playerIds(request, 'aurora', email, password), '150000');
  await expect(eur.getByRole('definition').first()).toHaveText('1,550.00 EUR');

  const withdraw = page.getByRole('form', { name: 'Withdraw' });
  // A refusal is a typed result, shown as a sentence; nothing is held.
  await withdraw.getByLabel('Amount').fill('5000');
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(withdraw.getByRole('alert')).toHaveText(/^Insufficient funds/);

  await withdraw.getByLabel('Amount').fill('1,200.00');
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(withdraw.getByRole('status')).toContainText('Withdrawal of 1,200.00 EUR is pending approval');
  await expect(eur.getByRole('definition')).toHaveText(['1,550.00 EUR', '350.00 EUR', '1,200.00 EUR']);
  const mine = page.getByRole('listitem', { name: 'Withdrawal of 1,200.00 EUR' });
  await expect(mine).toContainText('Pending approval (0 of 2 approvals)');
  await expect(mine.getByRole('button', { name: 'Cancel withdrawal' })).toBeVisible();

  // The aurora owner approves once in the admin: four eyes keep it pending.
  const admin = await (await browser.newContext()).newPage();
  await signInOperator(admin, OWNER);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Withdrawals' }).click();
  await expect(admin).toHaveURL(`${ADMIN_URL}/withdrawals`);
  await expect(admin.getByRole('heading', { level: 1, name: 'Withdrawals' })).toBeVisible();
  const { playerId } = await playerIds(request, 'aurora', email, password);
  const row = admin.getByRole('row').filter({ hasText: playerId });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('1,200.00 EUR');
  await expect(row).toContainText('0 of 2 approvals');

  await row.getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Your approval is recorded' })).toContainText(
    'Still pending: it needs 1 more approval from a different finance operator.',
  );
  await expect(row).toContainText('1 of 2 approvals');
  await expect(row.getByText('Approved by you')).toBeVisible();

  // The API is the authority for four eyes: a second approval by the same operator is refused.
  await row.getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByRole('alert').filter({ hasText: 'already approved' })).toContainText(
    'You already approved this withdrawal',
  );
  await expect(row).toContainText('1 of 2 approvals');

  // The player sees the progress; the amount stays held.
  await page.reload();
  await expect(page.getByRole('listitem', { name: 'Withdrawal of 1,200.00 EUR' })).toContainText(
    'Pending approval (1 of 2 approvals)',
  );
  await expect(eur.getByRole('definition')).toHaveText(['1,550.00 EUR', '350.00 EUR', '1,200.00 EUR']);
  await admin.context().close();
});
