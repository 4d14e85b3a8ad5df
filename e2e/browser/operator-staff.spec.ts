import { expect, test, signInOperator, uniqueSuffix, ADMIN_URL } from './support.js';

const OWNER = { email: 'owner@neon.test', password: 'CasinoX-owner-1' };

test('an owner invites a colleague, who sets a password and signs in; the owner changes their role and disables them', async ({
  browser,
}) => {
  const owner = await (await browser.newContext()).newPage();
  await signInOperator(owner, OWNER);
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operators' }).click();

  const suffix = uniqueSuffix();
  const colleague = { name: `Sam ${suffix}`, email: `sam-${suffix}@e2e.test`, password: 'Staff-password-42' };
  await owner.getByLabel('Email').fill(colleague.email);
  await owner.getByLabel('Display name').fill(colleague.name);
  await owner.getByLabel('Role', { exact: true }).selectOption('SUPPORT');
  await owner.getByRole('button', { name: 'Send invite' }).click();
  const reveal = owner.getByRole('region', { name: `Invite link for ${colleague.email}` });
  const link = (await reveal.locator('code').innerText()).trim();
  expect(link).toMatch(/\/invite\//);

  // The colleague accepts in a browser of their own, then signs in (enrolling TOTP).
  const staff = await (await browser.newContext()).newPage();
  await staff.goto(link.startsWith('http') ? link : `${ADMIN_URL}${link}`);
  await staff.getByLabel('New password').fill(colleague.password);
  await staff.getByLabel('Confirm password').fill(colleague.password);
  await staff.getByRole('button', { name: 'Set password' }).click();
  await expect(staff.getByRole('status')).toContainText('Your password is set');
  await signInOperator(staff, colleague);
  await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operators' }).click();
  // SUPPORT sees the team but may not invite anyone.
  await expect(staff.getByRole('button', { name: 'Send invite' })).toHaveCount(0);

  // Back to the owner: the colleague is active now; promote, then disable.
  await owner.reload();
  const role = owner.getByLabel(`Role of ${colleague.name}`);
  await expect(role).toHaveValue('SUPPORT');
  await role.selectOption('FINANCE');
  await expect(role).toHaveValue('FINANCE');
  await owner.getByRole('button', { name: `Disable ${colleague.name}` }).click();
  await expect(owner.getByRole('button', { name: `Enable ${colleague.name}` })).toBeVisible();
  await owner.reload();
  await expect(owner.getByLabel(`Role of ${colleague.name}`)).toHaveValue('FINANCE');
  await expect(owner.getByRole('button', { name: `Enable ${colleague.name}` })).toBeVisible();
});
