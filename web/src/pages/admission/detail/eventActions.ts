// The actions a history event can record: the workflow's, and create / save / import / sign_off.
import { WORKFLOW_ACTIONS } from '#common/admission.js';

export const EVENT_ACTIONS = [...WORKFLOW_ACTIONS, 'create', 'save', 'import'] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

export const isEventAction = (a: string): a is EventAction => (EVENT_ACTIONS as readonly string[]).includes(a);
