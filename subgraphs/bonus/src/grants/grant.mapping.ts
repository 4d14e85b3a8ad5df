import type { GrantView } from './grant-row.js';
import type { ClaimOutcome } from './grant.service.js';
import type { ClaimResultType, GrantConnectionType, GrantType } from './grant.types.js';

export const toGrantType = (view: GrantView): GrantType => ({ ...view, funded: view.fundedAt !== null });

export function toClaimResult(outcome: ClaimOutcome): ClaimResultType {
  return outcome.ok
    ? {
        ok: true,
        code: null,
        message: null,
        bonus: outcome.grant && toGrantType(outcome.grant),
        enrolled: outcome.enrolled,
        retryAfter: null,
        replayed: outcome.replayed,
      }
    : {
        ok: false,
        code: outcome.code,
        message: outcome.message,
        bonus: null,
        enrolled: false,
        retryAfter: outcome.retryAfter ?? null,
        replayed: false,
      };
}

export const toGrantConnection = (page: {
  edges: { cursor: string; node: GrantView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}): GrantConnectionType => ({
  edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toGrantType(edge.node) })),
  pageInfo: page.pageInfo,
});
