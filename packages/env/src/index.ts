import { z } from 'zod';

export { z };

/** Raised at start-up when the environment does not match a service's schema. */
export class EnvError extends Error {
  constructor(
    readonly service: string,
    readonly issues: string[],
  ) {
    super(`${service}: invalid environment\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/**
 * Parses `source` (process.env by default) against a zod shape and fails fast with every
 * problem listed at once, so a misconfigured service never starts half-working.
 */
export function loadEnv<S extends z.ZodRawShape>(
  service: string,
  shape: S,
  source: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(source);
  const issues = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const localDev = source.CASINOX_LOCAL_DEV === 'true';
  for (const [name, field] of Object.entries(shape)) {
    const value = source[name];
    if (!SECRET_FIELDS.has(field) || value === undefined || value === '') continue;
    const weakness = secretWeakness(value);
    if (weakness && !localDev) issues.push(`${name}: ${weakness} (set CASINOX_LOCAL_DEV=true to allow it on a laptop)`);
  }
  if (issues.length > 0 || !result.success) throw new EnvError(service, issues);
  return result.data;
}

/** The secrets this project once shipped as defaults: public, so never acceptable. */
const KNOWN_DEFAULT = /change-?me|casinox-(dev|compose)-/i;
const MIN_SECRET_LENGTH = 32;

/** Why a secret is unfit for anything but local development, or null. */
export function secretWeakness(value: string): string | null {
  if (KNOWN_DEFAULT.test(value)) return 'is a published default secret';
  if (value.length < MIN_SECRET_LENGTH) return `must be at least ${MIN_SECRET_LENGTH} characters`;
  if (new Set(value).size < 8) return 'is too repetitive to be a secret';
  return null;
}

const SECRET_FIELDS = new WeakSet<object>();
const secretField = <T extends z.ZodType>(field: T): T => {
  SECRET_FIELDS.add(field);
  return field;
};
const CALLER_NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** Common building blocks for service env schemas. */
export const envField = {
  /** 0 lets the OS pick a free port (tests); the service reports the one it got. */
  port: (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback),
  url: () => z.url(),
  /** Interface to bind; loopback unless a deployment says otherwise (containers use 0.0.0.0). */
  host: () => z.string().min(1).default('127.0.0.1'),
  postgresUrl: () => z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  /** Required; refused when short or a published default, unless CASINOX_LOCAL_DEV=true (loadEnv checks). */
  secret: () => secretField(z.string().min(16, 'must be at least 16 characters')),
  optionalSecret: () => secretField(z.string().min(16, 'must be at least 16 characters').optional()),
  /**
   * The services allowed to call this one, with the key derived for each pair: `gateway:<hex>,games:<hex>`
   * (see callerKeysFor in @casinox/auth).
   */
  serviceCallers: () =>
    z.string().transform((text, ctx) => {
      const keys: Record<string, string> = {};
      for (const item of text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)) {
        const [name = '', key = ''] = item.split(':');
        if (!CALLER_NAME.test(name) || key.length < MIN_SECRET_LENGTH) {
          ctx.addIssue({
            code: 'custom',
            message: `"${name}" must be a service name followed by :<key of at least ${MIN_SECRET_LENGTH} characters>`,
          });
          return z.NEVER;
        }
        keys[name] = key;
      }
      return keys;
    }),
  bool: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1'),
};

/** The variables every subgraph reads; a subgraph adds its own to this shape. */
/** Graceful shutdown: how long readiness answers 503 before the listener closes, and the bound on draining requests and sockets. */
export function shutdownEnvShape() {
  return {
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(0),
    SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  };
}

export function subgraphEnvShape(defaultPort: number) {
  return {
    ...shutdownEnvShape(),
    PORT: envField.port(defaultPort),
    HOST: envField.host(),
    /** The subgraph's runtime role (never the schema owner, so row-level security binds it). */
    DATABASE_URL: envField.postgresUrl(),
    /** Identity's JWKS: every subgraph verifies the forwarded token again. */
    JWKS_URL: envField.url(),
    /** Who may call this subgraph (the gateway, for GraphQL; services, for internal routes), each with its pair key. */
    SERVICE_CALLERS: envField.serviceCallers(),
    /** The internal listener (service-to-service routes only; never published), when the subgraph has internal routes. */
    INTERNAL_PORT: envField.port(defaultPort + 100),
    INTERNAL_HOST: envField.host(),
  };
}
