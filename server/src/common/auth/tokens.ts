import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

export interface TokenIssuer {
  sign(userId: number): Promise<{ token: string; expiresAt: Date }>;
  verify(token: string): Promise<number | null>;
}

/** HS256 JWTs carrying the user id as `sub`. */
export function createTokenIssuer(secret: string, ttlSeconds: number): TokenIssuer {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(userId) {
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(userId))
        .setIssuedAt()
        .setIssuer('dossier')
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: 'dossier', algorithms: ['HS256'] });
        const id = Number(payload.sub);
        return Number.isInteger(id) ? id : null;
      } catch {
        return null;
      }
    },
  };
}

export const API_KEY_PREFIX = 'dsk_';

/** A new API key: `dsk_<prefix>_<secret>`. Only the SHA-256 of the secret is stored. */
export function generateApiKey(): { prefix: string; secret: string; token: string; secretHash: string } {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  return { prefix, secret, token: `${API_KEY_PREFIX}${prefix}_${secret}`, secretHash: hashSecret(secret) };
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
