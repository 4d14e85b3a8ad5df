import { SIGNATURE_HEADER } from '@casinox/auth';
import { testSigner } from './service-keys.js';

/** A minimal GraphQL-over-HTTP client for tests: real fetch, no mocks. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/**
 * POSTs a GraphQL request. `asGatewayTo` names the subgraph when the test talks to one directly:
 * the request is then signed as the gateway (the only caller a subgraph takes GraphQL from).
 */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  asGatewayTo?: string,
): Promise<GraphQLResponse<T>> {
  const request = JSON.stringify({ query, variables });
  const sent: Record<string, string> = { 'content-type': 'application/json', ...headers };
  if (asGatewayTo) {
    const target = new URL(url);
    sent[SIGNATURE_HEADER] = testSigner('gateway').sign(asGatewayTo, {
      method: 'POST',
      path: target.pathname + target.search,
      body: request,
      headers: sent,
    });
  }
  const res = await fetch(url, { method: 'POST', headers: sent, body: request });
  const text = await res.text();
  let body: Omit<GraphQLResponse<T>, 'status'>;
  try {
    body = JSON.parse(text) as Omit<GraphQLResponse<T>, 'status'>;
  } catch {
    throw new Error(`Non-JSON response (${res.status}): ${text.slice(0, 200)}`);
  }
  return { status: res.status, ...body };
}

/** The first error code, for terse assertions. */
export const errorCode = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A short unique suffix so concurrent tests never collide on emails or slugs. */
let counter = 0;
export function unique(prefix = 'x'): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
}
