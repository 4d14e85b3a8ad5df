import { type Page } from '@playwright/test';
import { expect, test, signInOperator, staffedTenant } from './support.js';

// Two operators sign in: the second enrols TOTP with a code of its own, but a slow step can wait ≤ 30 s.
test.setTimeout(180_000);

const openRules = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Branding & settings' }).click();
  return page.getByRole('region', { name: 'Withdrawal rules' });
};

test('an owner lowers the approval threshold and finds it saved after a reload; support staff only read the rules', async ({
  browser,
  request,
}) => {
  const tenant = await staffedTenant(request, ['SUPPORT']);

  const owner = await (await browser.newContext()).newPage();
  await signInOperator(owner, tenant.owner);
  const rules = await openRules(owner);
  await expect(rules.getByText('Platform defaults')).toBeVisible();
  await expect(rules.getByLabel('Approval threshold')).toHaveValue('1000.00');
  await rules.getByLabel('Main currency').selectOption('EUR');
  await rules.getByLabel('Approval threshold').fill('250');
  await rules.getByRole('button', { name: 'Save withdrawal rules' }).click();
  await expect(rules.getByRole('status')).toContainText('Saved');

  await owner.reload();
  const reloaded = owner.getByRole('region', { name: 'Withdrawal rules' });
  await expect(reloaded.getByLabel('Approval threshold')).toHaveValue('250.00');
  await expect(reloaded.getByLabel('Main currency')).toHaveValue('EUR');
  await expect(reloaded.getByLabel('Daily withdrawal limit')).toHaveValue('10000.00');
  await expect(reloaded.getByText(/^Last changed .+ by Owner /)).toBeVisible();
  await expect(reloaded.getByRole('list', { name: 'Rules in force' })).toContainText(
    'Withdrawals above 250.00 EUR wait for two finance approvals',
  );

  const support = await (await browser.newContext()).newPage();
  await signInOperator(support, tenant.staff[0]!);
  const seen = await openRules(support);
  await expect(seen.getByLabel('Approval threshold')).toHaveValue('250.00');
  await expect(seen.getByLabel('Approval threshold')).toBeDisabled();
  await expect(seen.getByText('Read-only: only owners and finance staff change the withdrawal rules.')).toBeVisible();
  await expect(seen.getByRole('button', { name: 'Save withdrawal rules' })).toHaveCount(0);
});
