import { hkdfSync } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';

export interface TokenClaims {
  userId: number;
  role: string;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

const ISSUER = 'fixline';
const AUDIENCE = 'fixline-api';

/** Short-lived signed tokens (HS256, key derived from the secret key with HKDF so it never doubles as the AES key). */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secretKey: Buffer,
    private readonly ttlSeconds: number,
  ) {
    this.key = new Uint8Array(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'fixline access token v1', 32));
  }

  async issue(claims: TokenClaims, now = new Date()): Promise<IssuedToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const exp = issuedAt + this.ttlSeconds;
    const token = await new SignJWT({ role: claims.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.userId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid token and its expiry; null for a missing, forged or expired one. */
  async verify(token: string): Promise<(TokenClaims & { expiresAt: Date }) | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const userId = Number(payload.sub);
      if (!Number.isInteger(userId) || typeof payload.role !== 'string' || payload.exp === undefined)
        return null;
      return { userId, role: payload.role, expiresAt: new Date(payload.exp * 1000) };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}

/** Reads `Bearer <token>` from an Authorization header or connection parameter. */
export const bearerToken = (header: unknown): string | null => {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
};
