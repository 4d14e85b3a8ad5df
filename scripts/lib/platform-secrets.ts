import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CALLING_SERVICES, type CallingService } from '@casinox/db';

/** Every secret one platform runs with; `npm start` makes them on first run (no constants anywhere). */
export interface PlatformSecrets {
  roleSecret: string;
  identitySecret: string;
  webhookSecret: string;
  /** Keys games' public big-wins pseudonyms. */
  playerAliasSecret: string;
  /** Each calling service's own key (its callees hold only keys derived from it). */
  serviceKeys: Record<CallingService, string>;
}

const random = () => randomBytes(32).toString('base64url');

export function generateSecrets(): PlatformSecrets {
  return {
    roleSecret: random(),
    identitySecret: random(),
    webhookSecret: random(),
    playerAliasSecret: random(),
    serviceKeys: Object.fromEntries(CALLING_SERVICES.map((name) => [name, random()])) as Record<CallingService, string>,
  };
}

/** The secrets in `file` (0600), made and written there on first use; services added later get theirs. */
export function loadOrCreateSecrets(file: string): PlatformSecrets {
  const fresh = generateSecrets();
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<PlatformSecrets>) : {};
  const secrets: PlatformSecrets = {
    ...fresh,
    ...stored,
    serviceKeys: { ...fresh.serviceKeys, ...stored.serviceKeys },
  };
  if (JSON.stringify(secrets) !== JSON.stringify(stored)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
