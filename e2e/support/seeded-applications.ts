/** The 18 seeded applications (mocks' applications seed), in name order. */
export const seededNames = [
  'claims-intake',
  'claims-intake-dr',
  'claims-legacy',
  'contract-review',
  'contract-review-legal',
  'customer-kyc',
  'customer-kyc-uk',
  'hr-onboarding',
  'hr-onboarding-staging',
  'invoice-approvals',
  'invoice-approvals-eu',
  'invoice-approvals-helm',
  'leave-requests',
  'leave-requests-apac',
  'procurement',
  'procurement-sandbox',
  'travel-expenses',
  'travel-expenses-us',
];

/** Seeded applications whose project has no released version above the deployed one. */
export const upToDate = [
  'customer-kyc-uk',
  'hr-onboarding-staging',
  'invoice-approvals-eu',
  'leave-requests-apac',
  'procurement',
];

/**
 * The first load of the large dataset builds 10,000 rows in the page before the first answer;
 * on a busy CI machine that takes longer than the default 5 s expect timeout.
 */
export const FIRST_LARGE_LOAD = { timeout: 15_000 };

/** Wide enough for every column of the lists: narrower tables hide some (container queries). */
export const WIDE = { width: 1600, height: 1000 };
