// The application form's values and their conversion to and from the API's draft (the 审批表).
import dayjs, { type Dayjs } from 'dayjs';
import type { Frequency, ObjectKind, ScopeType } from '#common/admission.js';
import type { AdmissionDetail, AdmissionDraft, AdmissionListType, PartialDraft } from '#common/api/admission.js';

export interface FormValues {
  title?: string;
  kind?: ObjectKind;
  listType?: AdmissionListType;
  description?: string;
  legalBasis?: string;
  scopeType?: ScopeType;
  streetCodes?: string[];
  communityCodes?: string[];
  frequency?: Frequency;
  occurrencesPerYear?: number | null;
  minutesPerOccurrence?: number | null;
  ledgerFields?: number | null;
  ledgerRows?: number | null;
  fundsYuan?: number | null;
  /** Delivered by purchased service: the 指导性目录 item and the budget set aside (yuan). */
  purchasedItemId?: number | null;
  purchasedBudgetYuan?: number | null;
  staff?: string;
  training?: string;
  equipment?: string;
  assessment?: string;
  startDate?: Dayjs | null;
  expiryDate?: Dayjs | null;
  emergency?: boolean;
  emergencyReason?: string;
  /** Budgets (burden module): admitted items this application retires. */
  retires?: number[];
}

export const EMPTY_FORM: FormValues = {
  listType: 'assist',
  scopeType: 'all',
  streetCodes: [],
  communityCodes: [],
  emergency: false,
};

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
/**
 * An empty number is left out rather than sent as null: the server's validator coerces a null in its
 * nullable number fields to 0 (a null occurrencesPerYear became "0 times a year"); left out, it is null.
 */
const num = (n: number | null | undefined) => (n === undefined || n === null ? undefined : n);

function scopeOf(v: FormValues): AdmissionDraft['scope'] {
  const type = v.scopeType ?? 'all';
  if (type === 'streets') return { type, codes: v.streetCodes ?? [] };
  if (type === 'communities') return { type, codes: v.communityCodes ?? [] };
  return { type, codes: [] };
}

/** What the live pre-check sees: whatever has been filled in so far. */
export function toPartialDraft(v: FormValues): PartialDraft {
  const ledger = v.kind === 'ledger';
  return {
    title: v.title?.slice(0, 100) ?? '',
    kind: v.kind,
    listType: v.listType,
    description: v.description ?? '',
    legalBasis: v.legalBasis ?? '',
    scope: scopeOf(v),
    frequency: v.frequency,
    occurrencesPerYear: num(v.occurrencesPerYear),
    minutesPerOccurrence: num(v.minutesPerOccurrence),
    ledgerFields: ledger ? num(v.ledgerFields) : undefined,
    ledgerRows: ledger ? num(v.ledgerRows) : undefined,
    resources: {
      fundsYuan: num(v.fundsYuan),
      purchased: v.purchasedItemId ? { itemId: v.purchasedItemId, budgetYuan: v.purchasedBudgetYuan ?? 0 } : undefined,
      staff: v.staff ?? '',
      training: v.training ?? '',
      equipment: v.equipment ?? '',
    },
    assessment: v.assessment ?? '',
    startDate: day(v.startDate),
    expiryDate: day(v.expiryDate),
    emergency: Boolean(v.emergency),
    emergencyReason: v.emergency ? (v.emergencyReason ?? '') : '',
    retires: v.retires ?? [],
  };
}

/** A complete draft for saving; the form's own rules made sure the required parts are there. */
export function toDraft(v: FormValues): AdmissionDraft {
  const p = toPartialDraft(v);
  return {
    ...p,
    title: (v.title ?? '').trim(),
    kind: v.kind as ObjectKind,
    listType: v.listType as AdmissionListType,
    scope: scopeOf(v),
    frequency: v.frequency as Frequency,
    startDate: day(v.startDate) ?? '',
    expiryDate: day(v.expiryDate) ?? '',
  };
}

export function fromDetail(a: AdmissionDetail): FormValues {
  return {
    title: a.title,
    kind: a.kind,
    listType: a.listType,
    description: a.description,
    legalBasis: a.legalBasis,
    scopeType: a.scope.type,
    streetCodes: a.scope.type === 'streets' ? a.scope.codes : [],
    communityCodes: a.scope.type === 'communities' ? a.scope.codes : [],
    frequency: a.frequency,
    occurrencesPerYear: a.occurrencesPerYear,
    minutesPerOccurrence: a.minutesPerOccurrence,
    ledgerFields: a.ledgerFields,
    ledgerRows: a.ledgerRows,
    fundsYuan: a.resources.fundsYuan || null,
    purchasedItemId: a.resources.purchased?.itemId ?? null,
    purchasedBudgetYuan: a.resources.purchased?.budgetYuan ?? null,
    staff: a.resources.staff,
    training: a.resources.training,
    equipment: a.resources.equipment,
    assessment: a.assessment,
    startDate: a.startDate ? dayjs(a.startDate) : null,
    expiryDate: a.expiryDate ? dayjs(a.expiryDate) : null,
    emergency: a.emergency,
    emergencyReason: a.emergencyReason,
    retires: a.retires ?? [],
  };
}

/** The form field a server field error belongs to (the scope's errors go to the scope choice). */
export function formFieldOf(field: string): keyof FormValues | undefined {
  if (field === 'scope' || field.startsWith('scope.')) return 'scopeType';
  if (field.startsWith('resources.')) {
    const f = field.slice('resources.'.length);
    if (f === 'purchased.itemId') return 'purchasedItemId';
    if (f === 'purchased.budgetYuan') return 'purchasedBudgetYuan';
    return f === 'fundsYuan' || f === 'staff' || f === 'training' || f === 'equipment' ? f : undefined;
  }
  const known: readonly (keyof FormValues)[] = [
    'title',
    'kind',
    'listType',
    'description',
    'legalBasis',
    'frequency',
    'occurrencesPerYear',
    'minutesPerOccurrence',
    'ledgerFields',
    'ledgerRows',
    'assessment',
    'startDate',
    'expiryDate',
    'emergencyReason',
  ];
  return known.find((k) => k === field);
}
