import type { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js appends `Did you mean "x"?` / `Did you mean the enum value "X"?` to validation and
 * coercion messages: a free map of the schema's hidden fields and values, so no caller sees it.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * Codes that mean "something broke", never "you asked wrongly": the gateway's default for an
 * uncoded error, and federation's wrapper for a subgraph error that carried no code.
 */
const UNEXPECTED = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

/**
 * What a client sees of an error. Coded errors keep their code and message (subgraphs mask their
 * own unexpected errors before they get here), minus what names our internals: `serviceName`
 * (added by the gateway to every subgraph error), `response` (a subgraph's URL and raw answer),
 * stack traces. Anything else is masked.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && !UNEXPECTED.has(code)) {
    const { stacktrace: _s, exception: _e, serviceName: _n, response: _r, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: withoutSuggestions(formatted.message), extensions: { ...extensions, code } };
  }
  return {
    message: 'Internal server error.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
