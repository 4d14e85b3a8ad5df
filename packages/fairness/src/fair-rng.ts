/**
 * The provably-fair random stream (docs/architecture.md §5, docs/provably-fair.md).
 *
 * Bytes. Round r (r = 0, 1, 2, …) of a bet is the 32-byte block
 *   HMAC_SHA256(key = serverSeed, message = `${clientSeed}:${nonce}:${r}`)
 * where the key is the server seed's 64-character hex string taken as UTF-8 bytes (the industry's
 * convention), and the message is UTF-8. The bet's stream is round 0, then round 1, … concatenated;
 * a cursor walks it and a new round is computed only when the previous 32 bytes are used up.
 *
 * Draws. Every draw takes the next 4 bytes b0 b1 b2 b3 (never straddling a round, since 32 = 8 × 4):
 *   - u = b0·256³ + b1·256² + b2·256 + b3, an unsigned 32-bit integer (big-endian);
 *   - nextFloat() = b0/256 + b1/256² + b2/256³ + b3/256⁴ = u / 2³², in [0, 1) and exact in a double;
 *   - nextInt(n), 1 ≤ n ≤ 2³²: let limit = 2³² − (2³² mod n), the largest multiple of n not above 2³².
 *     Draw u; if u < limit return u mod n, otherwise discard those 4 bytes and draw again. Each of the n
 *     results then has exactly limit/n of the accepted u values: no modulo bias. The chance of a retry
 *     is (2³² mod n)/2³² (zero for powers of two, 7/2³² ≈ 1.6·10⁻⁹ for n = 37).
 *   - pickDistinct(n, k): a partial Fisher–Yates shuffle of [0, 1, …, n−1]: for i = 0 … k−1,
 *     j = i + nextInt(n − i), swap positions i and j; the result is positions 0 … k−1 in draw order.
 *   - shuffle(n) = the whole array after steps i = 0 … n−2 (the last step would be nextInt(1)).
 *   - nextBelow(n), any bigint n ≥ 1 (draws over more than 2³² tickets): w = the fewest 4-byte words
 *     with 2^(32w) ≥ n; draw w words as one big-endian integer v; accept if v < 2^(32w) − (2^(32w) mod n)
 *     and return v mod n, else draw again. For n ≤ 2³² it takes the same bytes as nextInt(n).
 *
 * A stream may start at a later round (`firstRound`): the jackpot engine reads rounds 1000+ of a
 * bet's seeds so its bytes never overlap the game's own.
 */
import { createHmac } from 'node:crypto';
import { isServerSeed, validateClientSeed } from './seeds.js';

const TWO_POW_32 = 2 ** 32;
const BYTES_PER_ROUND = 32;

/** The 32 bytes of one round: HMAC_SHA256(key = serverSeed string, message = `${clientSeed}:${nonce}:${round}`). */
export function fairBytes(serverSeed: string, clientSeed: string, nonce: number, round: number): Buffer {
  return createHmac('sha256', serverSeed).update(`${clientSeed}:${nonce}:${round}`, 'utf8').digest();
}

/** The deterministic random stream of one bet. Not thread-shared, not reusable across bets. */
export class FairRng {
  private round: number;
  private block: Buffer;
  private offset = 0;
  private consumed = 0;

  constructor(
    readonly serverSeed: string,
    readonly clientSeed: string,
    readonly nonce: number,
    readonly firstRound = 0,
  ) {
    if (!isServerSeed(serverSeed)) throw new RangeError('The server seed must be 64 lowercase hex characters.');
    validateClientSeed(clientSeed);
    if (!Number.isSafeInteger(nonce) || nonce < 0) throw new RangeError('The nonce must be a non-negative integer.');
    if (!Number.isSafeInteger(firstRound) || firstRound < 0)
      throw new RangeError('The first round must be a non-negative integer.');
    this.round = firstRound;
    this.block = fairBytes(serverSeed, clientSeed, nonce, firstRound);
  }

  /** Bytes taken from the stream so far (a multiple of 4). */
  get bytesConsumed(): number {
    return this.consumed;
  }

  /** The next 4 bytes as a big-endian unsigned 32-bit integer. */
  nextUint32(): number {
    if (this.offset === BYTES_PER_ROUND) {
      this.round += 1;
      this.block = fairBytes(this.serverSeed, this.clientSeed, this.nonce, this.round);
      this.offset = 0;
    }
    const value = this.block.readUInt32BE(this.offset);
    this.offset += 4;
    this.consumed += 4;
    return value;
  }

  /** Σ byte_i / 256^(i+1) over the next 4 bytes, i.e. nextUint32() / 2³²: a float in [0, 1). */
  nextFloat(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** A uniform integer in [0, n) by rejection sampling over 4-byte integers (see the file comment). */
  nextInt(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32)
      throw new RangeError(`nextInt needs an integer n in [1, 2^32], got ${n}.`);
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    for (;;) {
      const u = this.nextUint32();
      if (u < limit) return u % n;
    }
  }

  /** A uniform bigint in [0, n) for any n ≥ 1 by rejection sampling over whole 4-byte words (see the file comment). */
  nextBelow(n: bigint): bigint {
    if (n < 1n) throw new RangeError(`nextBelow needs n ≥ 1, got ${n}.`);
    let words = 1;
    while (n > 1n << BigInt(32 * words)) words += 1;
    const space = 1n << BigInt(32 * words);
    const limit = space - (space % n);
    for (;;) {
      let value = 0n;
      for (let i = 0; i < words; i++) value = (value << 32n) | BigInt(this.nextUint32());
      if (value < limit) return value % n;
    }
  }

  /** k distinct values of [0, n) in draw order, by a partial Fisher–Yates shuffle. */
  pickDistinct(n: number, k: number): number[] {
    if (!Number.isInteger(n) || n < 0 || !Number.isInteger(k) || k < 0 || k > n) {
      throw new RangeError(`pickDistinct needs integers 0 ≤ k ≤ n, got n=${n}, k=${k}.`);
    }
    return this.fisherYates(n, k).slice(0, k);
  }

  /** A uniformly random permutation of [0, n). */
  shuffle(n: number): number[] {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`shuffle needs a non-negative integer, got ${n}.`);
    return this.fisherYates(n, Math.max(n - 1, 0));
  }

  /** [0, …, n−1] after `steps` Fisher–Yates steps from the front. */
  private fisherYates(n: number, steps: number): number[] {
    const items = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < steps; i++) {
      const j = i + this.nextInt(n - i);
      const picked = items[j]!;
      items[j] = items[i]!;
      items[i] = picked;
    }
    return items;
  }
}
