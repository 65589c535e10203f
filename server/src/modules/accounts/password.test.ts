import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('hashes with argon2id at OWASP’s minimum (19 MiB, 2 passes) unless a cost is passed', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'correct horse')).toBe(true);
    expect(await verifyPassword(stored, 'wrong horse')).toBe(false);
  });

  it('gives every deployment the standard cost, whatever its environment says', () => {
    const config = loadConfig({ JIANFU_PASSWORD_COST: '1', ARGON2_MEMORY: '8' } as NodeJS.ProcessEnv);
    expect(config.passwordCost).toEqual({ memoryCost: 19456, timeCost: 2 });
  });

  it('verifies a hash by the cost it was made with', async () => {
    const cheap = await hashPassword('correct horse', { memoryCost: 1024, timeCost: 1 });
    expect(cheap).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await verifyPassword(cheap, 'correct horse')).toBe(true);
    expect(await verifyPassword('not a hash', 'correct horse')).toBe(false);
  });
});
