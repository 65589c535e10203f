import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../accounts/types.js';
import { canOversee, canSeeAttachments, isMember, isModerator } from './policy.js';

const user = (role: SessionUser['role'], orgCode: string) => ({ id: 1, role, orgCode }) as SessionUser;
const HOME = '340104006005';

describe('议事 policy', () => {
  it('only a resident of the community is a member; a worker of it moderates', () => {
    expect(isMember(user('resident', HOME), HOME)).toBe(true);
    expect(isMember(user('resident', '340104006004'), HOME)).toBe(false);
    expect(isMember(user('community_worker', HOME), HOME)).toBe(false);
    expect(isMember(null, HOME)).toBe(false);
    expect(isModerator(user('community_worker', HOME), HOME)).toBe(true);
    expect(isModerator(user('community_worker', '340104006004'), HOME)).toBe(false);
  });

  it('a street oversees its communities, not another street', () => {
    expect(canOversee(user('street_officer', '340104006'), HOME)).toBe(true);
    expect(canOversee(user('street_officer', '340104006'), '340104006')).toBe(true);
    expect(canOversee(user('street_officer', '340104007'), HOME)).toBe(false);
    expect(canOversee(user('resident', HOME), HOME)).toBe(false);
    expect(canOversee(user('community_worker', HOME), '340104006')).toBe(false);
  });

  it("a topic's files: the community always, outsiders only once the topic is on the public agenda", () => {
    const stranger = user('resident', '340104006004');
    expect(canSeeAttachments(user('resident', HOME), HOME, 'proposed')).toBe(true);
    expect(canSeeAttachments(user('street_officer', '340104006'), HOME, 'rejected')).toBe(true);
    expect(canSeeAttachments(stranger, HOME, 'proposed')).toBe(false);
    expect(canSeeAttachments(null, HOME, 'rejected')).toBe(false);
    expect(canSeeAttachments(null, HOME, 'tabled')).toBe(true);
    expect(canSeeAttachments(stranger, HOME, 'decided')).toBe(true);
  });
});
