// 证明事项 for residents: who can ask a resident for a certificate the community must not issue. The web
// shows these as choices; the server records them (forbidden_asks.asker_kind).
export const ASKER_KINDS = ['department', 'bank', 'school', 'hospital', 'employer', 'other'] as const;
export type AskerKind = (typeof ASKER_KINDS)[number];

/** An online request for a certificate the community may issue. */
export const CERTIFICATE_REQUEST_STATUSES = ['submitted', 'issued', 'declined'] as const;
export type CertificateRequestStatus = (typeof CERTIFICATE_REQUEST_STATUSES)[number];

/** How long an issued certificate is valid, in days (the verification page says so after that). */
export const CERTIFICATE_VALID_DAYS = 90;

/**
 * 数据代替证明: the yes/no questions a department may ask the hub about a resident instead of asking the
 * community for a certificate, and the element each one reads (the grant must cover it, or she consented).
 */
export const ATTEST_QUESTIONS = ['resides_in', 'household_member', 'alive'] as const;
export type AttestQuestion = (typeof ATTEST_QUESTIONS)[number];
export const ATTEST_ELEMENT: Record<AttestQuestion, string> = {
  resides_in: 'residence_address',
  household_member: 'household_number',
  alive: 'death_date',
};
export const ATTEST_BASES = ['grant', 'consent'] as const;
export type AttestBasis = (typeof ATTEST_BASES)[number];
