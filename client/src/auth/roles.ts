import type { Role } from './auth-api';

/**
 * What each role may do in the UI. The server's route rules are what really
 * decide; these only keep people from being offered what they would be refused.
 */
export const permissions = {
  decide: (role: Role | undefined) => role === 'moderator' || role === 'admin',
  editSettings: (role: Role | undefined) => role === 'admin',
  seeSettings: (role: Role | undefined) => role === 'admin',
  manageAccounts: (role: Role | undefined) => role === 'admin',
};
