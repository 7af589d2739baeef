import { createHash, randomBytes, timingSafeEqual, webcrypto } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

export interface TokenIssuer {
  sign(userId: number): Promise<{ token: string; expiresAt: Date }>;
  verify(token: string): Promise<number | null>;
}

/** How many verified tokens a server remembers, so a signature is checked once per token, not per request. */
const VERIFIED_TOKENS_KEPT = 10_000;

/** HS256 JWTs carrying the user id as `sub`. */
export function createTokenIssuer(secret: string, ttlSeconds: number): TokenIssuer {
  const verified = new Map<string, { userId: number; expiresAt: number }>();
  // Imported once: handing jose the raw bytes would import the key again on every request.
  let imported: Promise<webcrypto.CryptoKey> | undefined;
  const key = () =>
    (imported ??= webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    ));
  return {
    async sign(userId) {
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(userId))
        .setIssuedAt()
        .setIssuer('dossier')
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(await key());
      return { token, expiresAt };
    },
    async verify(token) {
      const known = verified.get(token);
      if (known && known.expiresAt > Date.now()) return known.userId;
      try {
        const { payload } = await jwtVerify(token, await key(), {
          issuer: 'dossier',
          algorithms: ['HS256'],
        });
        const id = Number(payload.sub);
        if (!Number.isInteger(id)) return null;
        if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
        verified.set(token, { userId: id, expiresAt: payload.exp! * 1000 });
        return id;
      } catch {
        return null;
      }
    },
  };
}

export const API_KEY_PREFIX = 'dsk_';

/** A new API key: `dsk_<prefix>_<secret>`. Only the SHA-256 of the secret is stored. */
export function generateApiKey(): {
  prefix: string;
  secret: string;
  token: string;
  secretHash: string;
} {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  return {
    prefix,
    secret,
    token: `${API_KEY_PREFIX}${prefix}_${secret}`,
    secretHash: hashSecret(secret),
  };
}

export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const match = /^dsk_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/.exec(token);
  return match ? { prefix: match[1], secret: match[2] } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
