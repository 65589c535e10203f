// 证明事项 for residents: who can ask a resident for a certificate the community must not issue. The web
// shows these as choices; the server records them (forbidden_asks.asker_kind).
export const ASKER_KINDS = ['department', 'bank', 'school', 'hospital', 'employer', 'other'] as const;
export type AskerKind = (typeof ASKER_KINDS)[number];
