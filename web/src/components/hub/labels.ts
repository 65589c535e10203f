// Display helpers shared by the hub pages: element facets in the current language and import status colours.
import type { TFunction } from 'i18next';
import type { ImportStatus } from '#common/api/hub.js';

export const SUBJECT_TYPES = ['resident', 'household', 'house', 'organisation'] as const;
export const ELEMENT_TYPES = ['text', 'integer', 'decimal', 'date', 'boolean', 'code'] as const;
export const SENSITIVITIES = ['public', 'internal', 'personal', 'sensitive'] as const;

/** A key of one of the hub's label groups, falling back to the raw code for values the UI does not know. */
export function hubLabel(
  t: TFunction,
  group: 'subjectTypes' | 'elementTypes' | 'sensitivity' | 'owners',
  key: string,
): string {
  const text = t(`hub.${group}.${key}` as never, { defaultValue: key });
  return String(text);
}

export const SENSITIVITY_COLOR: Record<string, string> = {
  public: 'green',
  internal: 'blue',
  personal: 'orange',
  sensitive: 'red',
};

export const IMPORT_STATUS_COLOR: Record<ImportStatus, string> = {
  uploaded: 'default',
  validating: 'processing',
  validated: 'cyan',
  has_errors: 'error',
  committing: 'processing',
  committed: 'success',
  failed: 'error',
};

export const importBusy = (s: ImportStatus) => s === 'validating' || s === 'committing';
