import { callerKeysFor } from '@casinox/auth';
import {
  CALLERS_OF,
  CALLING_SERVICES,
  type CallingService,
  DEFAULT_PORTS,
  internalPort,
  roleUrl,
  SUBGRAPH_REGISTRY,
  SUBGRAPHS,
  type SubgraphName,
  subgraphUrl,
} from '@casinox/db';
import { subgraphUrlVariable } from '../../gateway/src/env.js';
import type { PlatformSecrets } from './platform-secrets.js';

/** Secrets and ports of one running platform; `npm start` derives every process's env from it. */
export interface PlatformSettings extends PlatformSecrets {
  adminUrl: string;
  /** Added to every default port, so a test platform can run beside a dev one. */
  portOffset: number;
  host: string;
}

export const port = (settings: PlatformSettings, name: keyof typeof DEFAULT_PORTS) =>
  DEFAULT_PORTS[name] + settings.portOffset;
export const serviceUrl = (settings: PlatformSettings, name: keyof typeof DEFAULT_PORTS) =>
  `http://127.0.0.1:${port(settings, name)}`;
/** A subgraph's internal listener (service-to-service routes): its port + 100. */
export const internalUrl = (settings: PlatformSettings, name: SubgraphName) =>
  `http://127.0.0.1:${internalPort(name) + settings.portOffset}`;

/** SERVICE_CALLERS of a subgraph: the pair key of each service that may call it. */
export function serviceCallers(settings: Pick<PlatformSecrets, 'serviceKeys'>, name: SubgraphName): string {
  const callers: readonly CallingService[] = CALLERS_OF[name];
  return callerKeysFor(name, Object.fromEntries(callers.map((caller) => [caller, settings.serviceKeys[caller]])));
}

/** The environment each subgraph process reads in its own env.ts. */
export function subgraphEnv(settings: PlatformSettings, name: SubgraphName): Record<string, string> {
  const env: Record<string, string> = {
    PORT: String(port(settings, name)),
    HOST: settings.host,
    DATABASE_URL: subgraphUrl(settings.adminUrl, name, 'runtime', settings.roleSecret),
    JWKS_URL: `${serviceUrl(settings, 'identity')}/.well-known/jwks.json`,
    SERVICE_CALLERS: serviceCallers(settings, name),
    INTERNAL_PORT: String(internalPort(name) + settings.portOffset),
    INTERNAL_HOST: settings.host,
  };
  if ((CALLING_SERVICES as readonly string[]).includes(name))
    env.SERVICE_KEY = settings.serviceKeys[name as CallingService];
  if (name === 'identity') env.IDENTITY_SECRET = settings.identitySecret;
  if (name === 'games') env.PLAYER_ALIAS_SECRET = settings.playerAliasSecret;
  if (name === 'wallet') {
    // The sandbox checkout sends players back to the player site, and nowhere else.
    env.PLAYER_APP_URL = serviceUrl(settings, 'player');
    env.PAYMENT_WEBHOOK_SECRET = settings.webhookSecret;
  }
  // A subgraph reaches each callee's internal listener directly (never through the gateway), e.g. WALLET_INTERNAL_URL.
  for (const callee of SUBGRAPH_REGISTRY[name].calls)
    env[`${callee.toUpperCase()}_INTERNAL_URL`] = internalUrl(settings, callee);
  return env;
}

export function gatewayEnv(settings: PlatformSettings): Record<string, string> {
  const env: Record<string, string> = {
    PORT: String(port(settings, 'gateway')),
    HOST: settings.host,
    JWKS_URL: `${serviceUrl(settings, 'identity')}/.well-known/jwks.json`,
    IDENTITY_INTERNAL_URL: internalUrl(settings, 'identity'),
    SERVICE_KEY: settings.serviceKeys.gateway,
    LISTEN_DATABASE_URL: roleUrl(settings.adminUrl, 'listener', settings.roleSecret),
    CORS_ORIGINS: ['player', 'admin']
      .flatMap((app) => [
        `http://127.0.0.1:${port(settings, app as 'player')}`,
        `http://localhost:${port(settings, app as 'player')}`,
      ])
      .join(','),
  };
  for (const name of SUBGRAPHS) env[subgraphUrlVariable(name)] = `${serviceUrl(settings, name)}/graphql`;
  return env;
}

export function appEnv(settings: PlatformSettings): Record<string, string> {
  return {
    GATEWAY_URL: `${serviceUrl(settings, 'gateway')}/graphql`,
    PLAYER_APP_URL: serviceUrl(settings, 'player'),
    ADMIN_APP_URL: serviceUrl(settings, 'admin'),
  };
}
