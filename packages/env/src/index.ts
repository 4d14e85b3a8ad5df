import { z } from 'zod';

export { z };

/** Raised at start-up when the environment does not match a service's schema. */
export class EnvError extends Error {
  constructor(readonly service: string, readonly issues: string[]) {
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
  if (!result.success) {
    throw new EnvError(
      service,
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return result.data;
}

/** Common building blocks for service env schemas. */
export const envField = {
  /** 0 lets the OS pick a free port (tests); the service reports the one it got. */
  port: (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback),
  url: () => z.url(),
  /** Interface to bind; loopback unless a deployment says otherwise (containers use 0.0.0.0). */
  host: () => z.string().min(1).default('127.0.0.1'),
  postgresUrl: () => z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  secret: (fallback?: string) =>
    fallback === undefined ? z.string().min(16, 'must be at least 16 characters') : z.string().min(16).default(fallback),
  bool: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1'),
};

/** The variables every subgraph reads; a subgraph adds its own to this shape. */
export function subgraphEnvShape(defaultPort: number) {
  return {
    PORT: envField.port(defaultPort),
    HOST: envField.host(),
    /** The subgraph's runtime role (never the schema owner, so row-level security binds it). */
    DATABASE_URL: envField.postgresUrl(),
    /** Identity's JWKS: every subgraph verifies the forwarded token again. */
    JWKS_URL: envField.url(),
  };
}
