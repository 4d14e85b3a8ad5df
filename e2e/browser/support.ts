import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIGNATURE_HEADER, ServiceSigner } from '@casinox/auth';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  test as base,
  expect,
  type Page,
} from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

/*
 * The platform the config starts (ports shifted by 10000, as in playwright.config.ts). Specs do
 * not import the config itself: Playwright loads it apart from test files.
 */
const offset = Number(process.env.CASINOX_PORT_OFFSET ?? 10_000);
export const PLAYER_URL = process.env.PLAYER_URL ?? `http://127.0.0.1:${3000 + offset}`;
export const ADMIN_URL = process.env.ADMIN_URL ?? `http://127.0.0.1:${3001 + offset}`;
export const GATEWAY_URL = process.env.GATEWAY_URL ?? `http://127.0.0.1:${4000 + offset}/graphql`;

// The wallet's internal listener (its port + 100), and the secrets scripts/start.ts made for the suite's platform.
const WALLET_INTERNAL_URL = `http://127.0.0.1:${4202 + offset}/internal/v1`;
const SECRETS_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../..',
  process.env.CASINOX_DATA_DIR ?? '.data/e2e',
  'secrets.json',
);

export { expect };

export interface CspGuard {
  /** Every violation reported so far in this test, by any page of any context. */
  violations: string[];
}

const watchedContexts = new WeakSet<BrowserContext>();

/** Records CSP violations of every page in `context`: the DOM event and Chromium's console error. */
async function watchCsp(context: BrowserContext, record: (line: string) => void): Promise<void> {
  if (watchedContexts.has(context)) return;
  watchedContexts.add(context);
  await context.exposeBinding('__casinoxCspViolation', ({ frame }, line: string) => record(`${frame.url()}: ${line}`));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __casinoxCspViolation?: (line: string) => void }).__casinoxCspViolation;
        report?.(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        );
      },
      true,
    );
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      record(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
}

/**
 * `test` for every browser spec: fails a test when any page it opened — through `page`, `context`
 * or `browser.newContext()` — reported a Content-Security-Policy violation, unless the test
 * declared it with `test.use({ allowedCspViolations: [...] })`.
 */
export const test = base.extend<{ allowedCspViolations: RegExp[]; cspGuard: CspGuard }>({
  allowedCspViolations: [[], { option: true }],
  cspGuard: [
    async ({ browser, allowedCspViolations }, use) => {
      const guard: CspGuard = { violations: [] };
      const record = (line: string) => guard.violations.push(line);
      // Specs open their own contexts for a second user: watch those too, for this test only.
      const newContext = browser.newContext.bind(browser);
      const patched: Browser['newContext'] = async (options) => {
        const context = await newContext(options);
        await watchCsp(context, record);
        return context;
      };
      browser.newContext = patched;
      try {
        await use(guard);
      } finally {
        browser.newContext = newContext;
      }
      const unexpected = guard.violations.filter((line) => !allowedCspViolations.some((allowed) => allowed.test(line)));
      expect(unexpected, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspGuard }, use) => {
    await watchCsp(context, (line) => cspGuard.violations.push(line));
    await use(context);
  },
});

/** The player's ids, read through the public API with a session of their own. */
export async function playerIds(
  request: APIRequestContext,
  slug: string,
  email: string,
  password: string,
): Promise<{ tenantId: string; playerId: string }> {
  const login = await request.post(GATEWAY_URL, {
    data: {
      query: 'mutation ($input: LoginPlayerInput!) { loginPlayer(input: $input) { session { accessToken } } }',
      variables: { input: { tenantSlug: slug, email, password } },
    },
  });
  const token = ((await login.json()) as { data: { loginPlayer: { session: { accessToken: string } } } }).data
    .loginPlayer.session.accessToken;
  const me = await request.post(GATEWAY_URL, {
    data: { query: '{ me { id tenantId } }' },
    headers: { authorization: `Bearer ${token}` },
  });
  const { id, tenantId } = ((await me.json()) as { data: { me: { id: string; tenantId: string } } }).data.me;
  return { tenantId, playerId: id };
}

/** What the bonus service does: credit the player EUR through the wallet's internal API, signed with its key. */
export async function grant(
  request: APIRequestContext,
  ids: { tenantId: string; playerId: string },
  amount: string,
): Promise<void> {
  const { serviceKeys } = JSON.parse(await readFile(SECRETS_FILE, 'utf8')) as { serviceKeys: { bonus: string } };
  const body = JSON.stringify({ ...ids, asset: 'EUR', amount, idempotencyKey: `e2e-grant-${randomUUID()}` });
  const signature = new ServiceSigner('bonus', serviceKeys.bonus).sign('wallet', {
    method: 'POST',
    path: '/internal/v1/grant',
    body,
  });
  const response = await request.post(`${WALLET_INTERNAL_URL}/grant`, {
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A suffix no other run or test shares, for emails and names. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** `#1e40af` → `rgb(30, 64, 175)`, the form getComputedStyle reports. */
export function hexToRgb(hex: string): string {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value.slice(0, 6);
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** A random colour, unlike `avoid`. */
export function randomColour(avoid: string): string {
  for (;;) {
    const colour = `#${randomBytes(3).toString('hex')}`;
    if (colour.toLowerCase() !== avoid.toLowerCase()) return colour;
  }
}

/**
 * An operator's enrolled TOTP secret and the last time step a code was used for, kept beside the
 * platform's data (reset with it): a retry against the same running platform can still sign in,
 * and never replays a code the server already accepted (it takes each step once).
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const totpFile = (email: string) =>
  resolve(repoRoot, process.env.CASINOX_DATA_DIR ?? '.data/e2e', `totp-${email.replace(/[^a-z0-9]/gi, '_')}.json`);

interface TotpState {
  secret: string;
  lastStep: number | null;
}

async function readTotpState(email: string): Promise<TotpState | null> {
  try {
    return JSON.parse(await readFile(totpFile(email), 'utf8')) as TotpState;
  } catch {
    return null;
  }
}

async function writeTotpState(email: string, state: TotpState): Promise<void> {
  const file = totpFile(email);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(state));
}

export async function rememberTotpSecret(email: string, secret: string): Promise<void> {
  const previous = await readTotpState(email);
  await writeTotpState(email, { secret, lastStep: previous?.secret === secret ? previous.lastStep : null });
}

export async function recallTotpSecret(email: string): Promise<string | null> {
  return (await readTotpState(email))?.secret ?? null;
}

const PERIOD_SECONDS = 30;

/** A code for a time step later than any used before for this operator (waits for the next step when needed). */
export async function freshTotpCode(email: string): Promise<string> {
  const state = await readTotpState(email);
  if (!state) throw new Error(`No TOTP secret recorded for ${email}.`);
  const totp = new TOTP({
    secret: Secret.fromBase32(state.secret.replace(/\s+/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
  });
  for (;;) {
    const now = Date.now();
    const step = Math.floor(now / 1000 / PERIOD_SECONDS);
    const msLeft = (step + 1) * PERIOD_SECONDS * 1000 - now;
    // Also skip the last two seconds of a step, so the code is still current when it arrives.
    if ((state.lastStep === null || step > state.lastStep) && msLeft > 2_000) {
      await writeTotpState(email, { secret: state.secret, lastStep: step });
      return totp.generate({ timestamp: now });
    }
    await new Promise((r) => setTimeout(r, msLeft + 250));
  }
}

/** The value of a CSS custom property on the branded wrapper of the player site. */
export async function brandVariable(page: Page, name: string): Promise<string> {
  return page
    .locator('[data-tenant]')
    .first()
    .evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop).trim(), name);
}

export async function registerPlayer(
  page: Page,
  baseUrl: string,
  slug: string,
  name: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/${slug}/register`);
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(`${baseUrl}/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();
}

/** Signs an operator in at the admin console; enrols TOTP when the console asks for it. */
export async function signInOperator(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${ADMIN_URL}/login`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Two-factor authentication' })).toBeVisible();

  const secretField = page.getByLabel('Secret key');
  let secret: string | null;
  if (await secretField.isVisible()) {
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    secret = await secretField.inputValue();
    await rememberTotpSecret(who.email, secret);
  } else {
    secret = await recallTotpSecret(who.email);
  }
  if (!secret)
    throw new Error(
      `${who.email} enrolled TOTP in an earlier run whose secret is unknown; restart the platform with CASINOX_RESET.`,
    );

  await page.getByLabel('6-digit code').fill(await freshTotpCode(who.email));
  await page.getByRole('button', { name: /^Verify/ }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** One GraphQL request to the gateway, as the apps' servers send it; throws on any error. */
export async function gatewayQuery<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await request.post(GATEWAY_URL, {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`gateway: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/**
 * An operator's access token through the API (password, then a TOTP code), enrolling TOTP when
 * it is their first sign-in. The secret goes to the same file the console sign-in uses, so a later
 * sign-in in the browser takes a fresh code.
 */
export async function operatorApiToken(
  request: APIRequestContext,
  who: { email: string; password: string },
  tenantId?: string,
): Promise<string> {
  const login = await gatewayQuery<{
    operatorLogin: { challengeToken: string; totpEnrolment: { secret: string } | null };
  }>(
    request,
    'mutation ($input: OperatorLoginInput!) { operatorLogin(input: $input) { challengeToken totpEnrolment { secret } } }',
    { input: { email: who.email, password: who.password } },
  );
  if (login.operatorLogin.totpEnrolment) await rememberTotpSecret(who.email, login.operatorLogin.totpEnrolment.secret);
  const verified = await gatewayQuery<{ operatorVerifyTotp: { session: { accessToken: string } } }>(
    request,
    'mutation ($input: OperatorVerifyTotpInput!) { operatorVerifyTotp(input: $input) { session { accessToken } } }',
    {
      input: {
        challengeToken: login.operatorLogin.challengeToken,
        code: await freshTotpCode(who.email),
        ...(tenantId ? { tenantId } : {}),
      },
    },
  );
  return verified.operatorVerifyTotp.session.accessToken;
}

export interface StaffedTenant {
  id: string;
  slug: string;
  name: string;
  owner: { email: string; password: string };
  /** Colleagues the owner invited, in the order of `roles`; none has signed in yet. */
  staff: { email: string; password: string; name: string; role: string }[];
}

const PLATFORM_ADMIN = { email: 'admin@casinox.test', password: 'CasinoX-admin-1' };
let platformAdminToken: { token: string; at: number } | null = null;

/**
 * A new tenant (EUR first) created by the platform admin through the API, its owner's invitation
 * accepted, and colleagues with `roles` invited by the owner and accepted — seeded through the
 * API, so a test starts from people who can sign in to the console.
 */
export async function staffedTenant(request: APIRequestContext, roles: string[]): Promise<StaffedTenant> {
  // Access tokens live ten minutes: reuse one for a few, so the admin's TOTP is not spent per test.
  if (!platformAdminToken || Date.now() - platformAdminToken.at > 5 * 60_000) {
    platformAdminToken = { token: await operatorApiToken(request, PLATFORM_ADMIN), at: Date.now() };
  }
  const suffix = uniqueSuffix();
  const password = 'Staff-password-42';
  const owner = { email: `owner-${suffix}@e2e.test`, password };
  const created = await gatewayQuery<{
    createTenant: { tenant: { id: string; slug: string; name: string }; ownerInvite: { inviteToken: string } };
  }>(
    request,
    'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id slug name } ownerInvite { inviteToken } } }',
    {
      input: {
        slug: `ops-${suffix}`,
        name: `Ops ${suffix}`,
        currencies: ['EUR', 'USD'],
        ownerEmail: owner.email,
        ownerDisplayName: `Owner ${suffix}`,
      },
    },
    platformAdminToken.token,
  );
  const accept = (inviteToken: string) =>
    gatewayQuery(
      request,
      'mutation ($input: AcceptOperatorInviteInput!) { acceptOperatorInvite(input: $input) { id } }',
      { input: { inviteToken, password } },
    );
  await accept(created.createTenant.ownerInvite.inviteToken);
  const ownerToken = await operatorApiToken(request, owner, created.createTenant.tenant.id);
  const staff: StaffedTenant['staff'] = [];
  for (const [index, role] of roles.entries()) {
    const member = {
      email: `${role.toLowerCase()}${index}-${suffix}@e2e.test`,
      password,
      name: `${role[0]}${role.slice(1).toLowerCase()} ${index + 1} ${suffix}`,
      role,
    };
    const invited = await gatewayQuery<{ inviteOperator: { inviteToken: string } }>(
      request,
      'mutation ($input: InviteOperatorInput!) { inviteOperator(input: $input) { inviteToken } }',
      { input: { email: member.email, displayName: member.name, role } },
      ownerToken,
    );
    await accept(invited.inviteOperator.inviteToken);
    staff.push(member);
  }
  return { ...created.createTenant.tenant, owner, staff };
}

/**
 * As the database superuser of the browser suite's platform: what no service can do (every guard
 * of the runtime roles is bypassed). Tests use it only to arrange a corruption for reconciliation
 * to catch.
 */
export async function asSuperuser<T>(work: (client: import('pg').Client) => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    connectionString: `postgres://postgres:postgres@127.0.0.1:${54329 + offset}/casinox`,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
