import { describe, expect, it } from 'vitest';
import { consultationBlocker, consultationState } from './consultation.js';

const assist = { listType: 'assist' as const, codes: ['a', 'b'], dueDate: '2026-12-11' };

describe('consultation of the communities before an assist item is admitted', () => {
  it('is required for assist items only', () => {
    expect(
      consultationBlocker(consultationState({ ...assist, codes: [], dueDate: null }, new Set(), '2026-12-06')),
    ).toBe('consultation_required');
    const duty = consultationState({ listType: 'duty', codes: [], dueDate: null }, new Set(), '2026-12-06');
    expect(consultationBlocker(duty)).toBeNull();
  });

  it('is done when every community answered', () => {
    const half = consultationState(assist, new Set(['a']), '2026-12-08');
    expect(half).toMatchObject({ answered: 1, total: 2, done: false });
    expect(consultationBlocker(half)).toBe('consultation_pending');
    const all = consultationState(assist, new Set(['a', 'b', 'x']), '2026-12-08');
    expect(all).toMatchObject({ answered: 2, done: true });
    expect(consultationBlocker(all)).toBeNull();
  });

  it('is done once the period ran out, answered or not', () => {
    expect(consultationState(assist, new Set(), '2026-12-11').done).toBe(false);
    expect(consultationState(assist, new Set(), '2026-12-12').done).toBe(true);
  });
});
