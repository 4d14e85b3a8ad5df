/**
 * The platform's provably fair byte stream (ARCHITECTURE.md §5, docs/provably-fair.md), written again
 * here because subgraphs share no code; it is the same published scheme, and its known-answer tests use
 * the same OpenSSL vectors as the games subgraph's.
 *
 * - Round r (r = firstRound, firstRound + 1, …) is HMAC_SHA256(key = serverSeed, message =
 *   `${clientSeed}:${nonce}:${r}`): the key is the 64-character lowercase hex STRING as UTF-8 bytes (the
 *   industry's convention), not the 32 decoded bytes. The stream is the rounds concatenated; a round is
 *   computed only when the previous one's 32 bytes are used up.
 * - A word is the next 4 bytes, big-endian: u = b0·256³ + b1·256² + b2·256 + b3 (8 words per round).
 * - A float is u / 2³² (docs §2), exact in a double.
 * - An integer in [0, n) for a bigint n ≥ 1, by rejection sampling: take the fewest words k ≥ 1 with
 *   n ≤ 2^(32k) and read them as one big-endian integer U (first word most significant; the words may
 *   span two rounds); limit = 2^(32k) − (2^(32k) mod n). If U < limit the result is U mod n, otherwise
 *   those k words are discarded and k more are read. For n ≤ 2³² (k = 1) this is exactly the published
 *   int(n); larger n (prize ranges, total stakes) is the same rule over 8, 12 … bytes. No bound on n:
 *   a retry happens with probability below 1/2 whatever n is.
 * - The commitment to a server seed is SHA-256 of the same hex string, lowercase hex.
 */
import { createHash, createHmac } from 'node:crypto';

const SERVER_SEED = /^[0-9a-f]{64}$/;
// Visible ASCII (0x21–0x7E) except ':' — the HMAC message joins fields with ':' (docs §1).
const CLIENT_SEED = /^[\x21-\x39\x3b-\x7e]+$/;
const WORD_BYTES = 4;
const ROUND_BYTES = 32;

/** True for a server seed of the scheme: 64 lowercase hex characters. */
export function isServerSeed(value: string): boolean {
  return SERVER_SEED.test(value);
}

/** True for a client seed the HMAC message can carry unambiguously: visible ASCII without ':'. */
export function isFairClientSeed(value: string): boolean {
  return CLIENT_SEED.test(value);
}

/** The public commitment to a server seed: SHA-256 of the hex string (UTF-8), lowercase hex. */
export function hashServerSeed(serverSeed: string): string {
  return createHash('sha256').update(serverSeed, 'utf8').digest('hex');
}

/** The 32 bytes of one round: HMAC_SHA256(key = serverSeed string, message = `${clientSeed}:${nonce}:${round}`). */
export function fairBlock(serverSeed: string, clientSeed: string, nonce: number, round: number): Buffer {
  return createHmac('sha256', serverSeed).update(`${clientSeed}:${nonce}:${round}`, 'utf8').digest();
}

/** The deterministic stream of one (serverSeed, clientSeed, nonce), starting at `firstRound`. */
export class FairStream {
  private round: number;
  private block: Buffer;
  private offset = 0;
  private bytesRead = 0;

  constructor(
    readonly serverSeed: string,
    readonly clientSeed: string,
    readonly nonce: number,
    readonly firstRound = 0,
  ) {
    if (!isServerSeed(serverSeed)) throw new RangeError('The server seed must be 64 lowercase hex characters.');
    if (!isFairClientSeed(clientSeed)) throw new RangeError('The client seed must be visible ASCII characters without ":".');
    if (!Number.isSafeInteger(nonce) || nonce < 0) throw new RangeError('The nonce must be a non-negative integer.');
    if (!Number.isSafeInteger(firstRound) || firstRound < 0) throw new RangeError('The round must be a non-negative integer.');
    this.round = firstRound;
    this.block = fairBlock(serverSeed, clientSeed, nonce, firstRound);
  }

  /** Bytes taken so far (a multiple of 4). */
  get bytesConsumed(): number {
    return this.bytesRead;
  }

  /** The next 4 bytes as a big-endian unsigned 32-bit integer. */
  nextUint32(): number {
    if (this.offset === ROUND_BYTES) {
      this.round += 1;
      this.block = fairBlock(this.serverSeed, this.clientSeed, this.nonce, this.round);
      this.offset = 0;
    }
    const word = this.block.readUInt32BE(this.offset);
    this.offset += WORD_BYTES;
    this.bytesRead += WORD_BYTES;
    return word;
  }

  /** u / 2³² over the next word: a float in [0, 1). */
  nextFloat(): number {
    return this.nextUint32() / 2 ** 32;
  }

  /** A uniform integer in [0, n) by rejection sampling over k-word integers (see the file comment). */
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
}
