import { calculateJwkThumbprint, type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { SecretBox } from '../shared/secret-box.js';
import { SigningKey } from './signing-key.entity.js';

/**
 * Retired keys stay published this long: comfortably more than an access token's lifetime
 * (10 min) plus the verifiers' JWKS cache (10 min), so no valid token ever loses its key.
 */
export const RETIRED_KEY_GRACE_MS = 60 * 60 * 1000;
/**
 * A rotated-in key is published this long before it signs anything. Verifiers (jose's remote
 * JWKS in packages/auth) refetch on an unknown kid at most every 10 s, and replicas cache our
 * JWKS for 15 s; a minute ahead means any fetch recent enough to be cooled down already has it.
 */
export const PUBLISH_AHEAD_MS = 60_000;
/** How long a process trusts its cached key list before looking for a rotation elsewhere. */
const KEY_LIST_TTL_MS = 60_000;
const JWKS_TTL_MS = 15_000;
/** Serialises key creation and rotation across every identity process sharing the database. */
const KEY_LOCK_SQL = `select pg_advisory_xact_lock(hashtext('identity.signing_key'))`;
const ALGORITHM = 'ES256';

export interface ActiveSigningKey {
  kid: string;
  privateKey: CryptoKey;
}

interface KeyListing {
  kid: string;
  activatesAt: number;
  sealedPrivateJwk: string;
}

/** Owns the ES256 key pairs: creation on first start, rotation, the JWKS and key lookup. */
export class SigningKeyService {
  private keyList: { keys: KeyListing[]; loadedAt: number } | null = null;
  private jwksCache: { body: { keys: JWK[] }; loadedAt: number } | null = null;
  private readonly privateKeys = new Map<string, CryptoKey>();
  private readonly publicKeys = new Map<string, CryptoKey>();

  constructor(
    private readonly orm: MikroORM,
    private readonly box: SecretBox,
  ) {}

  /**
   * Creates the first key pair when there is none. Two processes starting together both call
   * this; the advisory lock makes the second wait and then find the first one's key.
   */
  async ensureActiveKey(): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      await em.execute(KEY_LOCK_SQL);
      const now = new Date();
      const usable = await em.count(SigningKey, {
        activatesAt: { $lte: now },
        $or: [{ retiredAt: null }, { retiredAt: { $gt: now } }],
      });
      if (usable === 0) em.persist(await this.generate(now));
    });
  }

  /**
   * Starts a rotation: the new key is published now and signs from `publishAheadMs` on, when the
   * current keys retire (they stay published for RETIRED_KEY_GRACE_MS after that). Every replica
   * switches by the timestamps alone. Returns the new kid.
   */
  async rotate(options: { publishAheadMs?: number } = {}): Promise<string> {
    const activatesAt = new Date(Date.now() + (options.publishAheadMs ?? PUBLISH_AHEAD_MS));
    const fresh = await this.generate(activatesAt);
    await this.orm.em.fork().transactional(async (em) => {
      await em.execute(KEY_LOCK_SQL);
      await em.nativeUpdate(SigningKey, { retiredAt: null }, { retiredAt: activatesAt });
      em.persist(fresh);
    });
    this.keyList = null;
    this.jwksCache = null;
    return fresh.kid;
  }

  /** The key new tokens are signed with: the newest one whose activation time has come. */
  async signingKey(): Promise<ActiveSigningKey> {
    const now = Date.now();
    let listing = (await this.listKeys()).find((key) => key.activatesAt <= now);
    if (!listing) {
      await this.ensureActiveKey();
      this.keyList = null;
      listing = (await this.listKeys()).find((key) => key.activatesAt <= now);
      if (!listing) throw new Error('No signing key is active.');
    }
    let privateKey = this.privateKeys.get(listing.kid);
    if (!privateKey) {
      let sealed: string;
      try {
        sealed = this.box.open(listing.sealedPrivateJwk, sealContext(listing.kid));
      } catch (error) {
        throw new Error(
          `Signing key ${listing.kid} cannot be opened: IDENTITY_SECRET is not the one it was sealed with.`,
          { cause: error },
        );
      }
      const jwk = JSON.parse(sealed) as JWK;
      privateKey = (await importJWK(jwk, ALGORITHM)) as CryptoKey;
      this.privateKeys.set(listing.kid, privateKey);
    }
    return { kid: listing.kid, privateKey };
  }

  /** Public keys a verifier may meet: current, upcoming, and retired within the grace period. */
  async jwks(): Promise<{ keys: JWK[] }> {
    if (this.jwksCache && Date.now() - this.jwksCache.loadedAt < JWKS_TTL_MS) return this.jwksCache.body;
    const rows = await this.orm.em
      .fork()
      .find(
        SigningKey,
        { $or: [{ retiredAt: null }, { retiredAt: { $gt: new Date(Date.now() - RETIRED_KEY_GRACE_MS) } }] },
        { orderBy: { activatesAt: 'desc' } },
      );
    const body = { keys: rows.map((row) => row.publicJwk as JWK) };
    this.jwksCache = { body, loadedAt: Date.now() };
    return body;
  }

  /** A published public key by kid, for tokens identity verifies itself (TOTP challenges). */
  async publicKey(kid: string | undefined): Promise<CryptoKey | null> {
    if (!kid) return null;
    const cached = this.publicKeys.get(kid);
    if (cached) return cached;
    const jwk = (await this.jwks()).keys.find((key) => key.kid === kid);
    if (!jwk) return null;
    const key = (await importJWK(jwk, ALGORITHM)) as CryptoKey;
    this.publicKeys.set(kid, key);
    return key;
  }

  /** Keys that sign now or will: newest activation first. */
  private async listKeys(): Promise<KeyListing[]> {
    if (this.keyList && Date.now() - this.keyList.loadedAt < KEY_LIST_TTL_MS) return this.keyList.keys;
    const rows = await this.orm.em
      .fork()
      .find(
        SigningKey,
        { $or: [{ retiredAt: null }, { retiredAt: { $gt: new Date() } }] },
        { orderBy: { activatesAt: 'desc' } },
      );
    const keys = rows.map((row) => ({
      kid: row.kid,
      activatesAt: row.activatesAt.getTime(),
      sealedPrivateJwk: row.privateJwk,
    }));
    this.keyList = { keys, loadedAt: Date.now() };
    return keys;
  }

  private async generate(activatesAt: Date): Promise<SigningKey> {
    const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    // RFC 7638 thumbprint: a kid derived from the key itself, unique without coordination.
    const kid = await calculateJwkThumbprint(publicJwk);
    const key = new SigningKey();
    key.kid = kid;
    key.algorithm = ALGORITHM;
    key.activatesAt = activatesAt;
    key.publicJwk = { ...publicJwk, kid, alg: ALGORITHM, use: 'sig' };
    key.privateJwk = this.box.seal(JSON.stringify(await exportJWK(privateKey)), sealContext(kid));
    return key;
  }
}

const sealContext = (kid: string) => `signing-key:${kid}`;
