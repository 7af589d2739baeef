import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokenIssuer } from './tokens';

const SECRET = 'unit-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

describe('token issuer', () => {
  afterEach(() => vi.useRealTimers());

  it('verifies its own tokens, again from memory, and refuses tampered or foreign ones', async () => {
    const issuer = createTokenIssuer(SECRET, 3600);
    const { token } = await issuer.sign(42);
    expect(await issuer.verify(token)).toBe(42);
    expect(await issuer.verify(token)).toBe(42);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '1' }),
    ).toString('base64url');
    expect(await issuer.verify(`${header}.${forged}.${signature}`)).toBeNull();
    expect(await createTokenIssuer(`${SECRET}-other`, 3600).verify(token)).toBeNull();
  });

  it('stops accepting a remembered token once it expires', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] });
    const issuer = createTokenIssuer(SECRET, 60);
    const { token } = await issuer.sign(7);
    expect(await issuer.verify(token)).toBe(7);
    vi.setSystemTime(new Date('2026-01-01T00:01:01Z'));
    expect(await issuer.verify(token)).toBeNull();
  });
});
