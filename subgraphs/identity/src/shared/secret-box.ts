import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for secrets the service must read back (TOTP seeds, private signing keys):
 * AES-256-GCM under a key derived from IDENTITY_SECRET with HKDF, one key per purpose. The
 * additional authenticated data binds each ciphertext to its row (a user id, a kid), so a value
 * copied into another row fails to open instead of quietly becoming that row's secret.
 */
export interface SecretBox {
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

export function createSecretBox(masterSecret: string, purpose: string): SecretBox {
  if (masterSecret.length < 32) throw new SecretBoxError('The master secret must be at least 32 characters.');
  const key = Buffer.from(
    hkdfSync('sha256', Buffer.from(masterSecret, 'utf8'), Buffer.from('casinox-identity'), Buffer.from(purpose), 32),
  );
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [
        VERSION,
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        ciphertext.toString('base64url'),
      ].join('.');
    },
    open(sealed, context) {
      const [version, iv, tag, ciphertext] = sealed.split('.');
      if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined) {
        throw new SecretBoxError('Unrecognised sealed value.');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
          authTagLength: TAG_BYTES,
        });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        // Wrong key, wrong context or tampering: GCM cannot tell them apart, and neither should we.
        throw new SecretBoxError('The sealed value could not be opened.');
      }
    },
  };
}
