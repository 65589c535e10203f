// Password hashing with argon2id (OWASP's minimum: 19 MiB, 2 passes, 1 lane).
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 8;

/** argon2id's cost: memory in KiB and passes. A hash carries its own, so verifying follows the stored hash. */
export interface PasswordCost {
  memoryCost: number;
  timeCost: number;
}

/** What every deployment uses; only the test harness passes anything else (config.passwordCost). */
export const STANDARD_PASSWORD_COST: PasswordCost = { memoryCost: 19456, timeCost: 2 };

export function hashPassword(password: string, cost: PasswordCost = STANDARD_PASSWORD_COST): Promise<string> {
  return hash(password, { algorithm: 2 /* Argon2id */, ...cost, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash to verify against when the user does not exist, so that a wrong username costs the same time.
const decoys = new Map<string, Promise<string>>();
export function decoyHash(cost: PasswordCost = STANDARD_PASSWORD_COST): Promise<string> {
  const key = `${cost.memoryCost}/${cost.timeCost}`;
  let decoy = decoys.get(key);
  if (!decoy) decoys.set(key, (decoy = hashPassword('decoy-password-for-timing', cost)));
  return decoy;
}
