/**
 * @casinox/fairness — the provably fair random stream (docs/provably-fair.md): seeds, commitments
 * and the HMAC-SHA256 byte stream with its integer, float, shuffle and bigint draws. One copy for
 * every subgraph that draws; the independent verifier (verifier/) re-implements it on purpose.
 */
export { FairRng, fairBytes } from './fair-rng.js';
export {
  CLIENT_SEED_MAX_LENGTH,
  InvalidClientSeedError,
  hashServerSeed,
  isClientSeed,
  isServerSeed,
  newClientSeed,
  newServerSeed,
  validateClientSeed,
} from './seeds.js';
