import { z } from 'zod';
import { cleanText } from '@sift/shared';

// Request bodies of the auth, user and API-key endpoints. They live with the
// server for now; the client keeps matching types in client/src/auth/.
export const roles = ['admin', 'moderator', 'viewer'] as const;
export const RoleSchema = z.enum(roles);

export const USERNAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 1024;

/** Usernames are compared in lower case. */
export function normaliseUsername(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

export const Username = z
  .string()
  .max(64)
  .transform(normaliseUsername)
  .refine((s) => USERNAME.test(s), { message: 'use 1-64 letters, digits, dots, dashes or underscores, starting with a letter or digit' });

export const NewPassword = cleanText(PASSWORD_MAX).refine((s) => [...s].length >= PASSWORD_MIN, {
  message: `must be at least ${PASSWORD_MIN} characters`,
});

export const LoginInput = z.strictObject({
  // Not checked against the username pattern: any wrong name is just a failed login.
  username: cleanText(200, 1),
  password: cleanText(PASSWORD_MAX, 1),
});

export const ChangePasswordInput = z.strictObject({
  currentPassword: cleanText(PASSWORD_MAX, 1),
  newPassword: NewPassword,
});

export const CreateUserInput = z.strictObject({
  username: Username,
  role: RoleSchema,
  /** Left out: a one-time password is generated and must be changed at first login. */
  password: NewPassword.optional(),
});

export const CreateApiKeyInput = z.strictObject({
  name: cleanText(100, 1).refine((s) => s.trim().length > 0, { message: 'must not be blank' }),
});
