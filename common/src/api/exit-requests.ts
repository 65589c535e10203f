// Request and reply schemas of the exit request (群众不认可→退出, issue 18): a community's decided topic sent to
// the 减负办 naming an admitted item; the reviewers keep it, start an exit review or exit it, with a reason.
import { Type, type Static } from 'typebox';
import { TallyView } from './deliberation.js';
import { Nullable } from './schema.js';

export const EXIT_STATUSES = ['pending', 'kept', 'review', 'exited'] as const;
export type ExitStatus = (typeof EXIT_STATUSES)[number];
export const EXIT_OUTCOMES = ['kept', 'review', 'exited'] as const;

export const ExitRequestBody = Type.Object({ admissionNumber: Type.String({ minLength: 1, maxLength: 60 }) });
export type ExitRequestBody = Static<typeof ExitRequestBody>;

export const ExitDecisionBody = Type.Object({
  outcome: Type.Enum(EXIT_OUTCOMES),
  reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }),
});
export type ExitDecisionBody = Static<typeof ExitDecisionBody>;

export const ExitRequestIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export const AdmissionNumberParams = Type.Object({ number: Type.String({ minLength: 1, maxLength: 60 }) });

export const ExitRequestView = Type.Object({
  id: Type.Integer(),
  admissionId: Type.Integer(),
  admissionNumber: Type.String(),
  admissionTitle: Type.String(),
  communityCode: Type.String(),
  communityName: Type.String(),
  topicId: Type.Integer(),
  topicTitle: Type.String(),
  supports: Type.Integer(),
  tally: TallyView,
  sentAt: Type.String(),
  status: Type.Enum(EXIT_STATUSES),
  reason: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
});
export type ExitRequestView = Static<typeof ExitRequestView>;

/** What the admission number's public page shows: who asked, when, and the 减负办's outcome. */
export const PublicExitRequest = Type.Object({
  communityName: Type.String(),
  sentAt: Type.String(),
  status: Type.Enum(EXIT_STATUSES),
  reason: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
});
export type PublicExitRequest = Static<typeof PublicExitRequest>;
