/** Ids of users in functions/local/directory.json, by the role the tests use them for. */
export const DEMO_USERS = {
  /** Anna Lindqvist, HR-avdelningen, staff only. */
  staff: 'a1f0c6de-0001-4d7e-8c2a-000000000001',
  /** Erik Johansson, Dataskyddsombud. */
  dpo: 'a1f0c6de-0002-4d7e-8c2a-000000000002',
  /** Maria Berg, Ekonomiavdelningen, staff only. */
  economist: 'a1f0c6de-0003-4d7e-8c2a-000000000003',
  /** Sofie Nielsen, Danish-speaking staff. */
  danish: 'a1f0c6de-0004-4d7e-8c2a-000000000004',
  /** Johan Ek, whistleblower handler. */
  whistleblowerHandler: 'a1f0c6de-0005-4d7e-8c2a-000000000005',
  /** Karin Holm, registrator: handles data-subject requests (dsrHandler). */
  dsrHandler: 'a1f0c6de-0007-4d7e-8c2a-000000000007',
  /** Lena Karlsson, register admin. */
  admin: 'a1f0c6de-0006-4d7e-8c2a-000000000006',
} as const;

export const DEMO_TENANT_ID = '5d1c9b2e-0f4a-4c3e-9a51-3b1f6e2a7c10';
