// What dispatch needs of 政府购买服务 (purchasing implements it in purchasing/dispatch-source.ts over its own
// repository): which communities' work under an admitted item a contracted social organisation handles, and
// who acts for an organisation. Dispatch imports no purchasing code; plain types only.

export interface Handler {
  socialOrgId: number;
  contractId: number;
}

export interface PurchasedWork {
  /** Of these communities, those whose work under the admission a contract covers on `today`, and by whom. */
  handlers(admissionId: number, communities: string[], today: string): Promise<Map<string, Handler>>;
  /** The organisation a `social_org` account acts for (null: not linked). */
  orgOfUser(userId: number): Promise<number | null>;
  /** The accounts that act for these organisations (they are notified). */
  accountsOf(socialOrgIds: number[]): Promise<number[]>;
  /** Names of organisations (a community is told who handles its work). */
  names(socialOrgIds: number[]): Promise<Map<number, string>>;
}
