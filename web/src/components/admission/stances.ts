// A community's stance on an application it was consulted on.
import type { Stance } from '#common/api/admission.js';

export const STANCES: readonly Stance[] = ['agree', 'concern', 'object'];
export const STANCE_COLORS: Record<Stance, string> = { agree: 'green', concern: 'orange', object: 'red' };
export const isStance = (s: string): s is Stance => (STANCES as readonly string[]).includes(s);
