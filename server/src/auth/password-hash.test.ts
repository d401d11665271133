import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hash';

describe('password hashing', () => {
  it('stores scrypt parameters, a 16-byte salt and a 64-byte key with the hash', async () => {
    const hash = await hashPassword('s3cret passphrase');
    const [alg, N, r, p, salt, key] = hash.split('$');
    expect([alg, N, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(64);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('s3cret passphrase');
    expect(await verifyPassword('s3cret passphrase', hash)).toBe(true);
    expect(await verifyPassword('s3cret passphrasE', hash)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('treats canonically equivalent Unicode passwords as the same', async () => {
    const hash = await hashPassword('caf\u00e9-password');
    expect(await verifyPassword('cafe\u0301-password', hash)).toBe(true);
  });

  it('refuses malformed or tampered hashes instead of throwing', async () => {
    const hash = await hashPassword('pw');
    const parts = hash.split('$');
    for (const bad of ['', 'plain', `scrypt$${2 ** 30}$8$1$${parts[4]}$${parts[5]}`, `scrypt$1000$8$1$${parts[4]}$${parts[5]}`, `bcrypt$${parts.slice(1).join('$')}`]) {
      expect(await verifyPassword('pw', bad)).toBe(false);
    }
  });
});
