// The schema builders live in the shared contract (common/src/api/schema.ts).
export { DateString, Nullable } from '#common/api/schema.js';
