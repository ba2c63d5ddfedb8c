import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * Session tokens follow the Lucia guide: `<id>.<secret>`. The id finds the row; only SHA-256 of the secret is
 * stored, so a leaked sessions table cannot be replayed. Both halves are random (base32, lower case).
 */
export type SessionToken = { id: string; secret: string; token: string };

const ID_BYTES = 15; // 120 bits -> 24 characters
const SECRET_BYTES = 20; // 160 bits -> 32 characters
const TOKEN_PATTERN = /^([a-z2-7]{24})\.([a-z2-7]{32})$/;

function randomBase32(bytes: number): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function generateSessionToken(): SessionToken {
  const id = randomBase32(ID_BYTES);
  const secret = randomBase32(SECRET_BYTES);
  return { id, secret, token: `${id}.${secret}` };
}

/** Splits a presented token; anything not shaped exactly like one we issue is refused before any lookup. */
export function parseSessionToken(token: string): { id: string; secret: string } | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  return { id: match[1]!, secret: match[2]! };
}

export function hashSessionSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}
