import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Session tokens and API keys are stored only as this digest. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export const API_KEY_PREFIX = 'sift_';
export const API_KEY_FORMAT = /^sift_[A-Za-z0-9_-]{43}$/;
export const SESSION_TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function newApiKey(): string {
  return API_KEY_PREFIX + randomToken();
}

/** A one-time password people can type: 20 characters from an unambiguous alphabet (~110 bits). */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679';
  const bytes = randomBytes(40);
  let out = '';
  // Rejection sampling keeps every character equally likely.
  for (const b of bytes) {
    if (b >= Math.floor(256 / alphabet.length) * alphabet.length) continue;
    out += alphabet[b % alphabet.length];
    if (out.length === 20) return out;
  }
  return out + oneTimePassword().slice(0, 20 - out.length);
}
