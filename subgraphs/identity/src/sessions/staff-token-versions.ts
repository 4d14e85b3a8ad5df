import type { EntityManager } from '@mikro-orm/postgresql';
import { ACCESS_TOKEN_TTL_SECONDS } from '../keys/token-signer.service.js';

/** Identity notifies this channel (payload `{"userId","version"}`) when it revokes a user's staff access tokens. */
export const STAFF_TOKENS_REVOKED_CHANNEL = 'cx_staff_tokens_revoked';

/**
 * How far back the gateway's snapshot reaches: a token older than a bump this old has expired,
 * so only bumps of the last access-token life (plus a margin for clock skew) still matter.
 */
export const STAFF_TOKEN_VERSION_HORIZON_MS = (ACCESS_TOKEN_TTL_SECONDS + 5 * 60) * 1000;

/**
 * Revokes every staff access token of these users at once, in the caller's transaction: bumps
 * their token version and notifies the gateways, which Postgres does only if the transaction
 * commits. Their refresh tokens are untouched (a refresh mints a token with the new version):
 * callers that end sessions revoke the refresh families themselves.
 */
export async function revokeStaffAccessTokens(em: EntityManager, userIds: Iterable<string>): Promise<void> {
  // Sorted: concurrent bumps of the same users lock the rows in one order (no deadlock).
  for (const userId of [...new Set(userIds)].sort()) {
    const [row] = await em.execute<{ version: number }[]>(
      `insert into "identity"."staff_token_version" ("user_id", "version", "updated_at") values (?, 1, now())
         on conflict ("user_id") do update set "version" = "staff_token_version"."version" + 1, "updated_at" = now()
         returning "version"`,
      [userId],
    );
    await em.execute('select pg_notify(?, ?)', [
      STAFF_TOKENS_REVOKED_CHANNEL,
      JSON.stringify({ userId, version: row!.version }),
    ]);
  }
}

/** The version a new staff access token of the user carries (0 until the first revocation). */
export async function currentStaffTokenVersion(em: EntityManager, userId: string): Promise<number> {
  const [row] = await em.execute<{ version: number }[]>(
    `select "version" from "identity"."staff_token_version" where "user_id" = ?`,
    [userId],
  );
  return row?.version ?? 0;
}

/** Every version bumped within the horizon, by user id: what a gateway needs to know at (re)start. */
export async function recentStaffTokenVersions(em: EntityManager): Promise<Record<string, number>> {
  const rows = await em.execute<{ user_id: string; version: number }[]>(
    `select "user_id", "version" from "identity"."staff_token_version" where "updated_at" > now() - make_interval(secs => ?)`,
    [STAFF_TOKEN_VERSION_HORIZON_MS / 1000],
  );
  return Object.fromEntries(rows.map((row) => [row.user_id, row.version]));
}
