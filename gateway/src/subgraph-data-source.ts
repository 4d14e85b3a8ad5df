import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { SIGNATURE_HEADER, type ServiceSigner } from '@casinox/auth';
import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { Pool } from 'undici';

export interface ForwardedContext {
  token: string | null;
  clientIp: string;
  requestId: string;
}

/**
 * One subgraph, reached over a keep-alive undici pool. Forwards the caller's token (every subgraph
 * verifies it again), client IP and request id, and signs each request as the gateway (body and
 * forwarded headers included): subgraphs take GraphQL, and client facts, from the gateway only.
 *
 * Apollo's `sendRequest` is replaced (it is private in the typings, hence the assignment in the
 * constructor) because it cost a third of the gateway's CPU on a bet: it builds a node-fetch Request
 * it never sends, then goes through WHATWG fetch (streams, Headers, Response objects). Here a
 * request is one `pool.request` and one JSON parse. Non-2xx answers still become Apollo's own error
 * (`errorFromResponse`), built from a real Response on that rare path.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<ForwardedContext> {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    private readonly name: string,
    url: string,
    private readonly signer: ServiceSigner,
  ) {
    super({ url });
    const target = new URL(url);
    this.pool = new Pool(target.origin, { keepAliveTimeout: 30_000 });
    this.path = target.pathname + target.search;
    (this as unknown as { sendRequest: SubgraphDataSource['send'] }).sendRequest = this.send.bind(this);
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<ForwardedContext>['willSendRequest']>>[0]) {
    if (context.token) request.http?.headers.set('authorization', `Bearer ${context.token}`);
    if (context.clientIp) request.http?.headers.set('x-casinox-client-ip', context.clientIp);
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }

  private async send(request: GatewayGraphQLRequest): Promise<GatewayGraphQLResponse> {
    const { http, ...payload } = request;
    if (!http) throw new Error("Internal error: Only 'http' requests are supported.");
    const headers: Record<string, string> = {};
    for (const [name, value] of http.headers) headers[name] = value;
    const body = JSON.stringify(payload);
    headers[SIGNATURE_HEADER] = this.signer.sign(this.name, { method: 'POST', path: this.path, body, headers });
    const answer = await this.pool.request({ method: 'POST', path: this.path, headers, body });
    const text = await answer.body.text();
    const responseHeaders = answer.headers;
    // Only `headers.get` is read from it (the cache-control hint).
    const httpResponse = {
      headers: { get: (name: string) => single(responseHeaders[name.toLowerCase()]) },
    } as unknown as FetcherResponse;
    if (answer.statusCode < 200 || answer.statusCode > 299) {
      // A 400 is a subgraph's request error (bad variables, a malformed Money…) with typed errors:
      // pass them on as its answer, or Apollo turns them into one uncoded, masked error.
      const requestErrors = answer.statusCode === 400 ? graphqlErrors(text) : null;
      if (requestErrors) return { errors: requestErrors, http: httpResponse };
      throw await this.errorFromResponse(
        new Response(text, {
          status: answer.statusCode,
          headers: flatHeaders(responseHeaders),
        }) as unknown as FetcherResponse,
      );
    }
    const parsed = JSON.parse(text) as GatewayGraphQLResponse;
    if (typeof parsed !== 'object' || parsed === null)
      throw new Error(`Expected JSON response body, but received: ${text}`);
    return { ...parsed, http: httpResponse };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** A subgraph refusing the document the gateway planned is our bug (schema drift), not the client's: kept masked. */
const PLANNING_FAULTS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

/** The coded `errors` of a GraphQL response body, or null when the body is not one (or names a planning fault). */
function graphqlErrors(text: string): GatewayGraphQLResponse['errors'] | null {
  try {
    const { errors } = JSON.parse(text) as { errors?: unknown };
    const codes = Array.isArray(errors)
      ? errors.map((e) => (e as { extensions?: { code?: unknown } } | null)?.extensions?.code)
      : [];
    const passable = codes.length > 0 && codes.every((code) => typeof code === 'string' && !PLANNING_FAULTS.has(code));
    return passable ? (errors as GatewayGraphQLResponse['errors']) : null;
  } catch {
    return null;
  }
}

const single = (value: string | string[] | undefined): string | null =>
  Array.isArray(value) ? value.join(', ') : (value ?? null);

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const text = single(value);
    if (text !== null) flat[name] = text;
  }
  return flat;
}
