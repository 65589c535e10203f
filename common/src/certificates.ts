// 证明事项 for residents: who can ask a resident for a certificate the community must not issue. The web
// shows these as choices; the server records them (forbidden_asks.asker_kind).
export const ASKER_KINDS = ['department', 'bank', 'school', 'hospital', 'employer', 'other'] as const;
export type AskerKind = (typeof ASKER_KINDS)[number];

/** An online request for a certificate the community may issue. */
export const CERTIFICATE_REQUEST_STATUSES = ['submitted', 'issued', 'declined'] as const;
export type CertificateRequestStatus = (typeof CERTIFICATE_REQUEST_STATUSES)[number];

/** How long an issued certificate is valid, in days (the verification page says so after that). */
export const CERTIFICATE_VALID_DAYS = 90;
