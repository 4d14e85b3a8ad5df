import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';
import { problemFromGraphQLErrors, messageForCode, type ApiProblem } from '../errors';
import { serverGatewayHttpUrl } from './env';

export type GatewayResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem; status: number };

export interface GatewayRequestOptions {
  /** Access token to send as `Authorization: Bearer …`. */
  token?: string | null;
  /** The browser request being served, whose client address and agent are passed on for rate limits and audit. */
  incoming?: Request;
}

function forwardedHeaders(incoming: Request | undefined): Record<string, string> {
  if (!incoming) return {};
  const headers: Record<string, string> = {};
  const forwardedFor = incoming.headers.get('x-forwarded-for');
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const agent = incoming.headers.get('user-agent');
  if (agent) headers['user-agent'] = agent;
  return headers;
}

/** One GraphQL operation against the gateway from the Next server (BFF routes, server components). */
export async function gatewayRequest<TData, TVariables>(
  document: TadaDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: GatewayRequestOptions = {},
): Promise<GatewayResult<TData>> {
  let response: Response;
  try {
    response = await fetch(serverGatewayHttpUrl(), {
      method: 'POST',
      cache: 'no-store',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...forwardedHeaders(options.incoming),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch (error) {
    console.error('Gateway unreachable:', error instanceof Error ? error.message : error);
    return {
      ok: false,
      status: 503,
      problem: { code: 'NETWORK_ERROR', message: messageForCode('NETWORK_ERROR'), fields: {} },
    };
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TData | null;
    errors?: { message?: string; extensions?: Record<string, unknown> }[];
  } | null;
  const problem = problemFromGraphQLErrors(body?.errors);
  if (problem) return { ok: false, status: statusForCode(problem.code), problem };
  if (!body?.data) {
    return {
      ok: false,
      status: 502,
      problem: { code: 'INTERNAL_SERVER_ERROR', message: messageForCode('INTERNAL_SERVER_ERROR'), fields: {} },
    };
  }
  return { ok: true, data: body.data };
}

/** The HTTP status a BFF route answers with for an API error code. */
export function statusForCode(code: string): number {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'UNAUTHENTICATED':
    case 'TOKEN_EXPIRED':
    case 'TOKEN_REVOKED':
    case 'SESSION_EXPIRED':
    case 'REFRESH_TOKEN_REUSED':
    case 'INVALID_CREDENTIALS':
    case 'INVALID_TOTP':
    case 'CHALLENGE_EXPIRED':
      return 401;
    case 'FORBIDDEN':
    case 'ACCOUNT_DISABLED':
    case 'TENANT_SUSPENDED':
      return 403;
    case 'NOT_FOUND':
    case 'TENANT_NOT_FOUND':
      return 404;
    case 'EMAIL_TAKEN':
    case 'SLUG_TAKEN':
    case 'CONFLICT':
    case 'LAST_OWNER':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    case 'NETWORK_ERROR':
      return 503;
    default:
      return 502;
  }
}
