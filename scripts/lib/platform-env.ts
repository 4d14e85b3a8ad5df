import { DEFAULT_PORTS, roleUrl, SUBGRAPHS, type SubgraphName, subgraphUrl } from '@casinox/db';

/** Secrets and ports of one running platform; `npm start` derives every process's env from it. */
export interface PlatformSettings {
  adminUrl: string;
  roleSecret: string;
  serviceSecret: string;
  identitySecret: string;
  /** Added to every default port, so a test platform can run beside a dev one. */
  portOffset: number;
  host: string;
}

export const port = (settings: PlatformSettings, name: keyof typeof DEFAULT_PORTS) => DEFAULT_PORTS[name] + settings.portOffset;
export const serviceUrl = (settings: PlatformSettings, name: keyof typeof DEFAULT_PORTS) => `http://127.0.0.1:${port(settings, name)}`;

/** The environment each subgraph process reads in its own env.ts. */
export function subgraphEnv(settings: PlatformSettings, name: SubgraphName): Record<string, string> {
  const env: Record<string, string> = {
    PORT: String(port(settings, name)),
    HOST: settings.host,
    DATABASE_URL: subgraphUrl(settings.adminUrl, name, 'runtime', settings.roleSecret),
    JWKS_URL: `${serviceUrl(settings, 'identity')}/.well-known/jwks.json`,
    SERVICE_SECRET: settings.serviceSecret,
  };
  if (name === 'identity') env.IDENTITY_SECRET = settings.identitySecret;
  // The sandbox checkout sends players back to the player site, and nowhere else.
  if (name === 'wallet') env.PLAYER_APP_URL = serviceUrl(settings, 'player');
  // Subgraphs that move money call the wallet's internal API directly (never through the gateway).
  if (name !== 'identity' && name !== 'wallet') env.WALLET_INTERNAL_URL = serviceUrl(settings, 'wallet');
  return env;
}

export function gatewayEnv(settings: PlatformSettings): Record<string, string> {
  const env: Record<string, string> = {
    PORT: String(port(settings, 'gateway')),
    HOST: settings.host,
    JWKS_URL: `${serviceUrl(settings, 'identity')}/.well-known/jwks.json`,
    IDENTITY_INTERNAL_URL: serviceUrl(settings, 'identity'),
    SERVICE_SECRET: settings.serviceSecret,
    LISTEN_DATABASE_URL: roleUrl(settings.adminUrl, 'listener', settings.roleSecret),
    CORS_ORIGINS: ['player', 'admin'].flatMap((app) => [`http://127.0.0.1:${port(settings, app as 'player')}`, `http://localhost:${port(settings, app as 'player')}`]).join(','),
  };
  for (const name of SUBGRAPHS) env[`${name.toUpperCase()}_URL`] = `${serviceUrl(settings, name)}/graphql`;
  return env;
}

export function appEnv(settings: PlatformSettings): Record<string, string> {
  return {
    GATEWAY_URL: `${serviceUrl(settings, 'gateway')}/graphql`,
    PLAYER_APP_URL: serviceUrl(settings, 'player'),
    ADMIN_APP_URL: serviceUrl(settings, 'admin'),
  };
}
