/**
 * The bet's random bytes, recomputed with Web Crypto (browsers and Node alike):
 *   round r = HMAC-SHA256(key = UTF-8 bytes of the server seed's hex string, message = `${clientSeed}:${nonce}:${r}`)
 * concatenated for r = 0, 1, 2, … and read 4 bytes at a time, big-endian.
 */

const encoder = new TextEncoder();
// Spelled this way so the same line compiles against DOM's and Node's Web Crypto typings.
type HmacKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** SHA-256 of a string's UTF-8 bytes, lowercase hex: the commitment shown before the seed is revealed. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))));
}

async function hmacKey(serverSeed: string): Promise<HmacKey> {
  return crypto.subtle.importKey('raw', encoder.encode(serverSeed), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** The 32 bytes of one round. */
export async function roundBytes(
  serverSeed: string,
  clientSeed: string,
  nonce: number,
  round: number,
): Promise<Uint8Array> {
  const key = await hmacKey(serverSeed);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`${clientSeed}:${nonce}:${round}`)));
}

const SPACE = 0x1_0000_0000; // 2^32

/** A cursor over the stream with the draws the games use. */
export class HmacStream {
  private key: Promise<HmacKey>;
  private block: Uint8Array = new Uint8Array(0);
  private position = 0;
  private nextRound = 0;

  constructor(
    private readonly serverSeed: string,
    private readonly clientSeed: string,
    private readonly nonce: number,
  ) {
    this.key = hmacKey(serverSeed);
  }

  /** The next 4 bytes as an unsigned 32-bit integer, first byte most significant. */
  async uint32(): Promise<number> {
    if (this.position >= this.block.length) {
      const message = encoder.encode(`${this.clientSeed}:${this.nonce}:${this.nextRound}`);
      this.block = new Uint8Array(await crypto.subtle.sign('HMAC', await this.key, message));
      this.nextRound += 1;
      this.position = 0;
    }
    const [a, b, c, d] = this.block.subarray(this.position, this.position + 4) as unknown as [
      number,
      number,
      number,
      number,
    ];
    this.position += 4;
    return a * 0x100_0000 + b * 0x1_0000 + c * 0x100 + d;
  }

  /** byte0/256 + byte1/256² + byte2/256³ + byte3/256⁴. */
  async float(): Promise<number> {
    return (await this.uint32()) / SPACE;
  }

  /**
   * Uniform in [0, n): draw a 32-bit value x; accept it when x < 2^32 − (2^32 mod n), answering x mod n;
   * otherwise throw those 4 bytes away and draw again.
   */
  async below(n: number): Promise<number> {
    const cutoff = SPACE - (SPACE % n);
    let x = await this.uint32();
    while (x >= cutoff) x = await this.uint32();
    return x % n;
  }
}
