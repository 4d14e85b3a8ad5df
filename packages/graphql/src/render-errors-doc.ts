import {
  ERROR_CODES,
  FIELD_PROBLEM_CODES,
  INTERNAL_API_CODES,
  RESULT_PROBLEMS,
  type CodeEntry,
  type ProblemEnum,
} from './error-catalogue.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const sorted = <T>(entries: Record<string, T>) => Object.entries(entries).sort(([a], [b]) => a.localeCompare(b));

/** `docs/errors.md`, rendered from the catalogue (`error-catalogue.test.ts` fails when the file differs). */
export function renderErrorsDoc(): string {
  const lines = [
    '# Error and problem codes',
    '',
    '<!-- Rendered from packages/graphql/src/error-catalogue.ts; regenerate with',
    '     `npx vitest run --project unit packages/graphql/src/error-catalogue.test.ts -u`. -->',
    '',
    'Every code a client can receive. Codes are a public contract: they are added, never renamed.',
    'Branch on the code, never on the message. Two kinds (`docs/architecture.md §8`):',
    '',
    '- **Errors** — `errors[].extensions.code` of a GraphQL response: the request was wrong, not allowed, or failed.',
    '- **Result problems** — the `code` of a typed `…Result` payload: an outcome a user is expected to meet',
    '  (insufficient funds, a limit), with the rest of the payload still filled in.',
    '',
    'Service-to-service routes answer with codes of their own (Internal API, last section).',
    '',
    '## Errors (`extensions.code`)',
    '',
    'HTTP is the status when the code is answered before execution (or instead of it); an error raised while a',
    'field resolves arrives with HTTP 200 beside any data. `by Apollo`: raised by the server library, not our code.',
    '',
    '| code | meaning | HTTP |',
    '|---|---|---|',
    ...sorted<CodeEntry>(ERROR_CODES).map(
      ([code, entry]) =>
        `| \`${code}\` | ${cell(entry.meaning)}${entry.by ? ' (by Apollo)' : ''} | ${entry.http ?? '200'} |`,
    ),
    '',
    '### Field problems (`extensions.fields[].code`)',
    '',
    'A BAD_USER_INPUT lists `fields: [{ field, problems }]`; the bonus campaign checks also give each a `code`.',
    '',
    '| code | meaning |',
    '|---|---|',
    ...sorted(FIELD_PROBLEM_CODES).map(([code, meaning]) => `| \`${code}\` | ${cell(meaning)} |`),
    '',
    '## Result problems',
    '',
    ...Object.entries(RESULT_PROBLEMS as Record<string, ProblemEnum>).flatMap(([name, spec]) => [
      `### \`${name}\` (${spec.subgraph}: \`${spec.result}.code\`)`,
      '',
      cell(spec.description),
      '',
      '| code | meaning |',
      '|---|---|',
      ...Object.entries(spec.values).map(([code, meaning]) => `| \`${code}\` | ${cell(meaning)} |`),
      '',
    ]),
    '## Internal API',
    '',
    'The internal listeners (never published, never routed by the gateway) answer a refusal as',
    '`{ "ok": false, "code", "message" }` with the HTTP status below: the wallet’s transfer API',
    '(`POST /internal/v1/<operation>` and `/batch`, `docs/architecture.md §3`), its payment webhook, and the',
    'routes every internal listener has. Any other 4xx code is 400. In a batch each call carries its own status.',
    '',
    '| code | HTTP | meaning |',
    '|---|---|---|',
    ...Object.entries(INTERNAL_API_CODES)
      .sort(([a, x], [b, y]) => x.status - y.status || a.localeCompare(b))
      .map(([code, entry]) => `| \`${code}\` | ${entry.status} | ${cell(entry.meaning)} |`),
    '',
  ];
  return lines.join('\n');
}
