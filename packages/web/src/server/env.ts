const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

function httpUrl(name: string, value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (!/^https?:\/\//i.test(trimmed)) throw new Error(`${name} must be an http(s) URL, got "${trimmed}".`);
  return trimmed;
}

/**
 * The gateway URL the BROWSER uses, read at request time (never baked into a build: the same
 * build runs against gateways on other ports in tests).
 */
export function gatewayHttpUrl(): string {
  return httpUrl('GATEWAY_URL', process.env.GATEWAY_URL) ?? DEFAULT_GATEWAY_URL;
}

/**
 * The gateway URL this Next server uses for its own calls (BFF routes, server rendering). Inside
 * a container network it differs from the browser's (SERVER_GATEWAY_URL); otherwise they match.
 */
export function serverGatewayHttpUrl(): string {
  return httpUrl('SERVER_GATEWAY_URL', process.env.SERVER_GATEWAY_URL) ?? gatewayHttpUrl();
}
