// Rules of dispatch, in plain functions: how an inbox item moves, and the ban on photo proof.
import type { InboxStatus, ItemStatus } from '../../../../common/src/dispatch.js';

export const ITEM_ACTIONS = ['acknowledge', 'start', 'complete', 'refuse'] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

const MOVES: Record<ItemAction, { from: readonly ItemStatus[]; to: ItemStatus }> = {
  acknowledge: { from: ['new'], to: 'acknowledged' },
  start: { from: ['new', 'acknowledged'], to: 'in_progress' },
  complete: { from: ['new', 'acknowledged', 'in_progress'], to: 'done' },
  refuse: { from: ['new', 'acknowledged', 'in_progress'], to: 'refused' },
};

export function moveItem(from: ItemStatus, action: ItemAction): ItemStatus | null {
  return MOVES[action].from.includes(from) ? MOVES[action].to : null;
}

export function itemActions(from: ItemStatus): ItemAction[] {
  return ITEM_ACTIONS.filter((a) => MOVES[a].from.includes(from));
}

/** What the community sees: open work past its due date is overdue. */
export function inboxStatus(status: ItemStatus, dueDate: string, today: string): InboxStatus {
  if ((status === 'new' || status === 'acknowledged' || status === 'in_progress') && today > dueDate) return 'overdue';
  return status;
}

// "拍照上传", "截图留痕", "打卡" … unless the text says they are NOT needed (无需拍照, 不得要求截图).
const PROOF = /(拍照|照片|相片|截图|截屏|留痕|打卡|合影|录像|视频为证|图片佐证)/g;
const NEGATION = /(无需|不需|不需要|不必|不用|不得|不要|禁止|严禁|免于|无须)[^，。；,;]{0,4}$/;

/** Whether instructions demand photo or screenshot proof (policy: work is not judged by photos). */
export function demandsPhotoProof(text: string): boolean {
  for (const m of text.matchAll(PROOF)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (!NEGATION.test(before)) return true;
  }
  return false;
}
