import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIResponse } from '@playwright/test';
import { ADMIN_URL, expect, GATEWAY_URL, PLAYER_URL, registerPlayer, test, uniqueSuffix } from './support.js';

/** `directive → sources` of a Content-Security-Policy header. */
function parseCsp(header: string | undefined): Map<string, string[]> {
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  return new Map(
    header!.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const gateway = new URL(GATEWAY_URL);
const gatewayWs = `ws://${gateway.host}`;

/** What every response of either app carries, whatever it is. */
function expectStaticHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment'])
    expect(headers['permissions-policy']).toContain(`${feature}=()`);
  // Served over plain HTTP here: no HSTS (a browser would pin HTTPS for a site that has none).
  expect(headers['strict-transport-security']).toBeUndefined();
}

/** A page's policy: nonce-only scripts, nothing inline, the gateway reachable, no framing. Answers the nonce. */
async function expectStrictPagePolicy(response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200);
  expectStaticHeaders(response);
  const csp = parseCsp(response.headers()['content-security-policy']);
  const scriptSrc = csp.get('script-src') ?? [];
  const nonce = /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(scriptSrc[0] ?? '')?.[1];
  expect(nonce, `script-src ${scriptSrc.join(' ')}`).toBeTruthy();
  expect(scriptSrc).toEqual([`'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(csp.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
  expect(csp.get('connect-src')).toEqual(["'self'", gateway.origin, gatewayWs]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('img-src')).toEqual(["'self'", 'data:']);

  // Next put this response's nonce on every script it rendered, inline or not.
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  return nonce!;
}

test('both apps send a strict nonce CSP and the other security headers on pages, route handlers and assets', async ({
  request,
}) => {
  const pages = [
    `${PLAYER_URL}/aurora`,
    `${PLAYER_URL}/aurora/games/dice`,
    `${PLAYER_URL}/aurora/fairness`,
    `${PLAYER_URL}/aurora/login`,
    `${ADMIN_URL}/login`,
    `${ADMIN_URL}/rtp`,
  ];
  const nonces = new Set<string>();
  for (const url of pages) nonces.add(await expectStrictPagePolicy(await request.get(url)));
  // A fresh nonce per response, not per build.
  nonces.add(await expectStrictPagePolicy(await request.get(`${ADMIN_URL}/login`)));
  expect(nonces.size).toBe(pages.length + 1);

  // A route handler (refused: no BFF header) and a built asset carry them too.
  const route = await request.post(`${ADMIN_URL}/api/session/refresh`);
  expect(route.status()).toBe(403);
  expectStaticHeaders(route);
  const html = await (await request.get(`${PLAYER_URL}/aurora`)).text();
  const asset = /<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  const script = await request.get(`${PLAYER_URL}${asset}`);
  expect(script.status()).toBe(200);
  expectStaticHeaders(script);
});

test('behind an HTTPS proxy the apps add HSTS and upgrade stray http:// subresources', async ({ request }) => {
  for (const url of [`${PLAYER_URL}/aurora`, `${ADMIN_URL}/login`]) {
    const response = await request.get(url, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(parseCsp(response.headers()['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
  }
});

test.describe('framing', () => {
  // A refused frame may be reported as a frame-ancestors violation: that is the point here.
  test.use({ allowedCspViolations: [/frame-ancestors/] });

  let attacker: Server;
  let attackerUrl: string;
  test.beforeAll(async () => {
    attacker = createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (req.url === '/framed') return void res.end('<h1>Framed fine</h1>');
      res.end(`<!doctype html><title>Win big</title>
        <iframe name="admin" src="${ADMIN_URL}/login" width="600" height="400"></iframe>
        <iframe name="player" src="${PLAYER_URL}/aurora/login" width="600" height="400"></iframe>
        <iframe name="control" src="/framed" width="200" height="100"></iframe>`);
    });
    await new Promise<void>((done) => attacker.listen(0, '127.0.0.1', done));
    // 127.0.0.1 on another port: a different origin from both apps.
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((done) => attacker.close(done));
  });

  test('another site cannot frame the admin console or the player site (clickjacking)', async ({ page }) => {
    await page.goto(`${attackerUrl}/`, { waitUntil: 'load' });

    // The harness can see a framed page: a frameable one shows.
    await expect(page.frameLocator('iframe[name=control]').getByRole('heading', { name: 'Framed fine' })).toBeVisible();
    // Chromium refused both apps' documents: each frame holds its error page, not the app.
    for (const name of ['admin', 'player']) {
      await expect.poll(() => page.frame({ name })?.url(), name).toBe('chrome-error://chromewebdata/');
      await expect(page.frameLocator(`iframe[name=${name}]`).getByRole('button')).toHaveCount(0);
    }
  });
});

test.describe('an injected script', () => {
  test.use({ allowedCspViolations: [/script-src/] });

  test('a script or event handler injected into a page without the nonce does not run, and is reported', async ({
    page,
    cspGuard,
  }) => {
    // Stand-in for an injection bug: the real response, its headers kept, with markup added.
    await page.route(`${PLAYER_URL}/aurora/register`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '</body>',
        '<script>window.__injected = true</script><img src="/nope" onerror="window.__handler = true"></body>',
      );
      await route.fulfill({ response, body });
    });
    await page.goto(`${PLAYER_URL}/aurora/register`);
    // Next's own scripts ran (the form is hydrated: it validates as you leave a field)…
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('Password').blur();
    await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
    // …the injected ones did not.
    expect(await page.evaluate(() => ({ script: '__injected' in window, handler: '__handler' in window }))).toEqual({
      script: false,
      handler: false,
    });
    await expect
      .poll(() => cspGuard.violations.filter((line) => line.includes('script-src')).length)
      .toBeGreaterThanOrEqual(2);
  });
});

test('the pages work under the policy: a new player registers and opens every game, the wallet, fairness and bonuses; the admin login shows', async ({
  page,
  cspGuard,
}) => {
  // Any violation on these pages fails the test (the guard in support.ts), as in every spec.
  const suffix = uniqueSuffix();
  await registerPlayer(page, PLAYER_URL, 'aurora', `Csp ${suffix}`, `csp-${suffix}@e2e.test`, 'Correct-horse-42');
  for (const path of [
    'games/dice',
    'games/roulette',
    'games/slots',
    'games/mines',
    'games/limbo',
    'wallet',
    'fairness',
    'bonuses',
  ]) {
    await page.goto(`${PLAYER_URL}/aurora/${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto(`${ADMIN_URL}/login`);
  await expect(page.getByRole('heading', { name: 'Operator sign in' })).toBeVisible();
  expect(cspGuard.violations).toEqual([]);
});
