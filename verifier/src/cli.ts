/**
 * Verify a bet from the command line:
 *   npm run verify -w @casinox/verifier -- --game DICE --server-seed <64 hex> --client-seed <seed> --nonce 3 \
 *     --params '{"target":50.5,"direction":"OVER"}' [--server-seed-hash <hex>] [--variant edge-1] [--json]
 */
import { parseArgs } from 'node:util';
import { isVerifyError, verifyBet } from './index.ts';

const USAGE = `Usage: verify --game DICE|LIMBO|ROULETTE|SLOTS|MINES --server-seed HEX --client-seed SEED --nonce N
              [--params JSON] [--server-seed-hash HEX] [--variant edge-1|edge-2] [--json]`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      game: { type: 'string' },
      'server-seed': { type: 'string' },
      'client-seed': { type: 'string' },
      nonce: { type: 'string' },
      params: { type: 'string' },
      'server-seed-hash': { type: 'string' },
      variant: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { game, 'server-seed': serverSeed, 'client-seed': clientSeed, nonce } = values;
  if (!game || !serverSeed || clientSeed === undefined || nonce === undefined) {
    console.error(USAGE);
    return 2;
  }
  if (!/^\d+$/.test(nonce)) {
    console.error('--nonce must be a whole number.');
    return 2;
  }
  let params: unknown;
  try {
    params = values.params === undefined ? undefined : JSON.parse(values.params);
  } catch {
    console.error('--params must be JSON, e.g. \'{"target":50.5,"direction":"OVER"}\'.');
    return 2;
  }

  const result = await verifyBet({
    game,
    serverSeed,
    clientSeed,
    nonce: Number(nonce),
    params,
    serverSeedHash: values['server-seed-hash'],
    variant: values.variant,
  });
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`game        ${result.game}`);
    if (result.hashMatches !== undefined)
      console.log(`seed hash   ${result.hashMatches ? 'matches' : 'DOES NOT MATCH the server seed'}`);
    console.log(`outcome     ${JSON.stringify(result.outcome)}`);
    console.log(
      `multiplier  ${result.multiplier}  (${result.multiplierFraction.num}/${result.multiplierFraction.den})`,
    );
  }
  return result.hashMatches === false ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const badInput =
      isVerifyError(error) ||
      (error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS'));
    console.error(badInput ? (error as Error).message : error);
    process.exitCode = badInput ? 2 : 1;
  },
);
