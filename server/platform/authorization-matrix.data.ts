// The authorization matrix as data: for every operation of the API document, which demo accounts may call it,
// written from each route's description and the module policies, never from what the code answers. The test sends
// every operation as every account and fails on an operation missing here, a row whose operation is gone, or an
// answer that disagrees. Scoped rows speak about the records the test picks (authorization-matrix.test.ts):
// Songjiang (SH-SJ) records of firm.sh wherever one exists, with provider.sz (Suzhou) as the provider and bank.hz
// (Hangzhou) as the institution; finance needs, referrals and cases are firm.hf's (Hefei), so that station.hf
// reaches them. officer.hf is thus the officer of another city for every Songjiang record.

export const demoUsernames = [
  'office',
  'officer.sh',
  'officer.hf',
  'firm.sh',
  'firm.hf',
  'provider.sz',
  'bank.hz',
  'station.hf',
  'talent.hz',
] as const
export type DemoUsername = (typeof demoUsernames)[number]
export type Caller = DemoUsername | 'anonymous'

/** 'public': everyone, anonymous included; 'signedIn': every demo account; otherwise the accounts allowed. */
export type Allowance = 'public' | 'signedIn' | readonly DemoUsername[]

export interface MatrixRow {
  allow: Allowance
  /** a query string the operation needs to name its subject */
  query?: string
  /**
   * An answer accepted from these callers in place of the rule: a refusal that is about the request rather than the
   * caller, or (marked BUG) what the code answers today where it disagrees with the route's description.
   */
  exception?: { callers: readonly Caller[]; status: number; code: string }
}

const office = ['office'] as const
/** the corridor office and Songjiang's officer: the officials of a Songjiang record */
const songjiangOfficials = ['office', 'officer.sh'] as const
/** the corridor office and every city's officer */
const officials = ['office', 'officer.sh', 'officer.hf'] as const
const firms = ['firm.sh', 'firm.hf'] as const
/** who lists claims, vouchers, licences and awards: the office, every officer (their city) and every firm (its own) */
const firmListReaders = [...officials, ...firms] as const
const orderListReaders = [...firmListReaders, 'provider.sz'] as const
const financeListReaders = [...officials, 'station.hf', ...firms] as const
const firmShReaders = [...songjiangOfficials, 'firm.sh'] as const
const firmHfFinanceReaders = ['office', 'officer.hf', 'station.hf', 'firm.hf'] as const
const fundInvestmentReaders = [...officials, 'station.hf', ...firms] as const
const cityFigureReaders = [...officials, 'station.hf'] as const
const instrumentOwner = ['office', 'provider.sz'] as const
const institution = ['office', 'bank.hz'] as const

export const authorizationMatrix: Record<string, MatrixRow> = {
  // platform: sign-in, the caller's own account and inbox, users
  getHealth: { allow: 'public' },
  // the matrix signs in with a password no account has: 401 is about the password, not the caller
  logIn: {
    allow: 'public',
    exception: { callers: [...demoUsernames, 'anonymous'], status: 401, code: 'AUTH_INVALID_CREDENTIALS' },
  },
  logOut: { allow: 'public' },
  getMe: { allow: 'signedIn' },
  createApiToken: { allow: 'signedIn' },
  changeMyPassword: { allow: 'signedIn' },
  revokeApiToken: { allow: 'signedIn' },
  createUser: { allow: office },
  listUsers: { allow: officials },
  getUser: { allow: songjiangOfficials },
  updateUserScope: { allow: songjiangOfficials },
  disableUser: { allow: songjiangOfficials },
  enableUser: { allow: songjiangOfficials },
  resetUserPassword: { allow: songjiangOfficials },
  listInboxItems: { allow: 'signedIn' },
  getInboxSummary: { allow: 'signedIn' },
  markInboxItemRead: { allow: 'signedIn' },
  markAllInboxItemsRead: { allow: 'signedIn' },
  getWorkbench: { allow: 'signedIn' },
  listMyTalentCards: { allow: 'signedIn' },

  // registry
  getRegistrySummary: { allow: 'public' },
  listCities: { allow: 'public' },
  getCity: { allow: 'public' },
  updateCity: { allow: office },
  listIndustries: { allow: 'public' },
  createIndustry: { allow: office },
  getIndustry: { allow: 'public' },
  updateIndustry: { allow: office },
  listParks: { allow: 'public' },
  createPark: { allow: songjiangOfficials },
  exportParks: { allow: 'public' },
  getPark: { allow: 'public' },
  updatePark: { allow: songjiangOfficials },
  listAlliances: { allow: 'public' },
  createAlliance: { allow: office },
  getAlliance: { allow: 'public' },
  updateAlliance: { allow: office },
  listAllianceMembers: { allow: 'public' },
  addAllianceMember: { allow: office },
  exportAllianceMembers: { allow: 'public' },
  listFirms: { allow: 'public' },
  createFirm: { allow: songjiangOfficials },
  exportFirms: { allow: 'public' },
  getFirm: { allow: 'public' },
  updateFirm: { allow: firmShReaders },
  getFirmFigures: { allow: firmShReaders },
  listInstitutions: { allow: 'public' },
  createInstitution: { allow: office },
  exportInstitutions: { allow: 'public' },
  getInstitution: { allow: 'public' },
  updateInstitution: { allow: institution },
  listProviders: { allow: 'public' },
  createProvider: { allow: songjiangOfficials },
  exportProviders: { allow: 'public' },
  getProvider: { allow: 'public' },
  updateProvider: { allow: ['office', 'provider.sz'] },
  // provider.sz is active: only its self-evaluation is its own step, the later ones are officials'
  changeProviderAdmission: { allow: office },

  // calendar
  listCalendarYears: { allow: 'public' },
  replaceCalendarYear: { allow: office },
  listCalendarDays: { allow: 'public' },
  addWorkingDays: { allow: 'public' },

  // vouchers
  getVoucherReference: { allow: 'public' },
  listVoucherSchemes: { allow: 'public' },
  createVoucherScheme: { allow: songjiangOfficials },
  getVoucherScheme: { allow: 'public' },
  updateVoucherScheme: { allow: songjiangOfficials },
  listSchemeAppropriations: { allow: 'public' },
  appropriateSchemeBudget: { allow: songjiangOfficials },
  listServiceProducts: { allow: 'public' },
  createServiceProduct: { allow: ['office', 'provider.sz'] },
  getServiceProduct: { allow: 'public' },
  updateServiceProduct: { allow: ['office', 'provider.sz'] },
  listVoucherClaims: { allow: firmListReaders },
  submitVoucherClaim: { allow: firmShReaders },
  exportVoucherClaims: { allow: firmListReaders },
  getVoucherClaim: { allow: firmShReaders },
  approveVoucherClaim: { allow: songjiangOfficials },
  rejectVoucherClaim: { allow: songjiangOfficials },
  listVouchers: { allow: firmListReaders },
  exportVouchers: { allow: firmListReaders },
  getVoucherByNumber: { allow: firmShReaders },
  getVoucher: { allow: firmShReaders },
  listVoucherLedgerEntries: { allow: firmShReaders },
  listVoucherOrders: { allow: orderListReaders },
  placeVoucherOrder: { allow: ['firm.sh'] },
  exportVoucherOrders: { allow: orderListReaders },
  getVoucherOrder: { allow: [...firmShReaders, 'provider.sz'] },
  cancelVoucherOrder: { allow: ['office', 'firm.sh', 'provider.sz'] },
  verifyVoucherLedger: { allow: office },
  listRedemptions: { allow: orderListReaders },
  claimRedemption: { allow: ['provider.sz'] },
  getRedemption: { allow: [...firmShReaders, 'provider.sz'] },
  downloadRedemptionDeliverable: { allow: [...firmShReaders, 'provider.sz'] },
  confirmRedemption: { allow: ['firm.sh'] },
  recordRedemptionSpotCheck: { allow: songjiangOfficials },
  approveRedemption: { allow: songjiangOfficials },
  rejectRedemption: { allow: songjiangOfficials },
  listSettlementRuns: { allow: officials },
  createSettlementRun: { allow: songjiangOfficials },
  exportSettlementRuns: { allow: officials },
  getSettlementRun: { allow: songjiangOfficials },
  listSettlementPayments: { allow: songjiangOfficials },
  exportSettlementRun: { allow: songjiangOfficials },
  getClearingReport: { allow: officials },
  exportClearingReport: { allow: officials },

  // instruments: provider.sz owns the instrument; firm.sh booked the booking
  listInstruments: { allow: 'public' },
  createInstrument: { allow: instrumentOwner },
  exportInstruments: { allow: 'public' },
  getInstrumentStatistics: { allow: [...officials, 'provider.sz'] },
  exportInstrumentStatistics: { allow: [...officials, 'provider.sz'] },
  getInstrumentGradeLevels: { allow: 'public' },
  setInstrumentGradeLevels: { allow: office },
  getInstrument: { allow: 'public' },
  updateInstrument: { allow: instrumentOwner },
  getInstrumentCalendar: { allow: 'public' },
  getInstrumentAvailability: { allow: [...firms, 'provider.sz'] },
  quoteInstrumentSlot: { allow: 'public' },
  getInstrumentCalendarFeed: { allow: 'public' },
  getInstrumentOwnerPolicy: { allow: 'public' },
  setInstrumentOwnerPolicy: { allow: instrumentOwner },
  listBookings: { allow: orderListReaders },
  createBooking: { allow: [...firms, 'provider.sz'] },
  exportBookings: { allow: orderListReaders },
  listMyBookingViolations: { allow: [...firms, 'provider.sz'] },
  // the booker's city reads it too: its vouchers may pay for the booking (authorizeBookingParty)
  getBooking: { allow: ['office', 'firm.sh', 'provider.sz', 'officer.sh'] },
  approveBooking: { allow: instrumentOwner },
  rejectBooking: { allow: instrumentOwner },
  cancelBooking: { allow: ['office', 'firm.sh', 'provider.sz'] },
  checkInBooking: { allow: instrumentOwner },
  completeBooking: { allow: instrumentOwner },
  rateBooking: { allow: ['firm.sh'] },

  // finance: bank.hz offers the product; the need, referral and case are firm.hf's
  listFinanceProducts: { allow: 'public' },
  createFinanceProduct: { allow: institution },
  exportFinanceProducts: { allow: 'public' },
  getFinanceProduct: { allow: 'public' },
  updateFinanceProduct: { allow: institution },
  listFinanceProductMatches: { allow: institution },
  getFirmScore: { allow: firmShReaders },
  recordFirmIndicators: { allow: firmShReaders },
  listSuggestedFinanceProducts: { allow: firmShReaders },
  listScoreParameterSets: { allow: 'public' },
  createScoreParameterSet: { allow: office },
  listFinancingNeeds: { allow: financeListReaders },
  createFinancingNeed: { allow: ['firm.sh'] },
  exportFinancingNeeds: { allow: financeListReaders },
  getFinancingNeed: { allow: firmHfFinanceReaders },
  listFinancingNeedMatches: { allow: firmHfFinanceReaders },
  listReferrals: { allow: [...financeListReaders, 'bank.hz'] },
  createReferral: { allow: ['firm.hf'] },
  exportReferrals: { allow: [...financeListReaders, 'bank.hz'] },
  getReferral: { allow: [...firmHfFinanceReaders, 'bank.hz'] },
  revokeReferralConsent: { allow: ['firm.hf'] },
  getReferralFirmIndicators: { allow: ['bank.hz'] },
  decideReferral: { allow: ['bank.hz'] },
  recordReferralDrawdown: { allow: ['bank.hz'] },
  listFinanceCases: { allow: cityFigureReaders },
  createFinanceCase: { allow: office },
  countFinanceCases: { allow: cityFigureReaders },
  getFinanceCase: { allow: ['office', 'officer.hf', 'station.hf'] },
  advanceFinanceCase: { allow: ['office', 'station.hf'] },
  getFinanceFigures: { allow: cityFigureReaders },

  // licences: firm.sh's licence, issued by Songjiang
  getCorridorDidDocument: { allow: 'public' },
  getIssuerDidDocument: { allow: 'public' },
  getIssuerStatusList: { allow: 'public' },
  verifyLicenceCredential: { allow: 'public' },
  listLicences: { allow: firmListReaders },
  exportLicences: { allow: firmListReaders },
  getLicence: { allow: firmShReaders },
  getLicenceCredential: { allow: 'public' },
  suspendLicence: { allow: ['officer.sh'] },
  reinstateLicence: { allow: ['officer.sh'] },
  revokeLicence: { allow: ['officer.sh'] },
  listLicenceKeys: { allow: officials },

  // services: firm.sh's case, received and decided in Songjiang
  listServiceItems: { allow: 'public' },
  createServiceItem: { allow: office },
  exportServiceItems: { allow: 'public' },
  getServiceItem: { allow: 'public' },
  updateServiceItem: { allow: office },
  listServiceItemVersions: { allow: 'public' },
  setServiceItemActive: { allow: office },
  listServiceDepartments: { allow: 'public' },
  fileServiceCase: { allow: [...firms, 'talent.hz'] },
  listServiceCases: { allow: [...firmListReaders, 'talent.hz'] },
  exportServiceCases: { allow: [...firmListReaders, 'talent.hz'] },
  getServiceCase: { allow: firmShReaders },
  downloadServiceCaseMaterial: { allow: firmShReaders },
  acceptServiceCase: { allow: songjiangOfficials },
  requestServiceCaseMaterials: { allow: songjiangOfficials },
  notAcceptServiceCase: { allow: songjiangOfficials },
  pauseServiceCase: { allow: songjiangOfficials },
  decideServiceCase: { allow: songjiangOfficials },
  supplementServiceCase: { allow: ['firm.sh'] },
  resumeServiceCase: { allow: ['firm.sh'] },
  withdrawServiceCase: { allow: ['firm.sh'] },
  rateServiceCase: { allow: ['firm.sh'] },
  getServiceFigures: { allow: officials },

  // policies: a Songjiang item, firm.sh's decision and award, a Songjiang award list
  listPolicies: { allow: 'public' },
  getPolicy: { allow: 'public' },
  getPolicyItem: { allow: 'public' },
  listPolicyFacts: { allow: 'public' },
  // the matrix asks on firm.sh's recorded facts (its body names the firm): the firm's readers only
  calculatePolicyEligibility: { allow: firmShReaders },
  addPolicyRuleVersion: { allow: songjiangOfficials },
  testPolicyRule: { allow: songjiangOfficials },
  listPolicyMatches: { allow: firmShReaders, query: 'firmId={firm.sh}' },
  getPolicyDecision: { allow: firmShReaders },
  replayPolicyDecision: { allow: firmShReaders },
  getPolicyFigures: { allow: cityFigureReaders },
  listPolicyAwardLists: { allow: officials },
  getPolicyAwardList: { allow: songjiangOfficials },
  approvePolicyAwardList: { allow: songjiangOfficials },
  listPolicyAwards: { allow: firmListReaders },
  exportPolicyAwards: { allow: firmListReaders },
  removePolicyAward: { allow: songjiangOfficials },
  confirmPolicyAward: { allow: ['firm.sh'] },
  payPolicyAward: { allow: songjiangOfficials },
  runPolicyMatching: { allow: office },
  listPolicyRuns: { allow: cityFigureReaders },

  // insights
  getFlowMatrices: { allow: 'public' },
  listFlowRecords: { allow: [...officials, 'station.hf', ...firms, 'provider.sz', 'bank.hz'] },
  getIntegrationIndex: { allow: 'public' },
  setIntegrationIndexWeights: { allow: office },
  getDivisionOfLabour: { allow: 'public' },
  refreshInsights: { allow: office },
  exportFlowMatrix: { allow: 'public' },
  exportFlowRecords: { allow: [...officials, 'station.hf', ...firms, 'provider.sz', 'bank.hz'] },
  exportIntegrationIndex: { allow: 'public' },
  exportIntegrationIndexScopes: { allow: 'public' },
  exportLocationQuotients: { allow: 'public' },
  exportKrugmanIndices: { allow: 'public' },
  exportKrugmanTrend: { allow: 'public' },
  listInsightIndicators: { allow: 'public' },
  getInsightIndicator: { allow: 'public' },
  exportInsightIndicator: { allow: 'public' },
  addInsightIndicatorValue: { allow: songjiangOfficials },
  importInsightIndicatorValues: { allow: officials },
  getFundFigures: { allow: 'signedIn' },
  exportFundBackers: { allow: 'signedIn' },
  exportFundPortfolio: { allow: 'signedIn' },
  exportFundStages: { allow: 'signedIn' },
  listFundInvestments: { allow: fundInvestmentReaders },
  createFundInvestment: { allow: office },
  exportFundInvestments: { allow: fundInvestmentReaders },
  getFundInvestment: { allow: [...officials, 'station.hf', 'firm.sh'] },
  createFundFollowOn: { allow: office },
  exitFundInvestment: { allow: office },
  listUninvestedEquityReferrals: { allow: office },
  listOpenDataSets: { allow: 'public' },
  downloadOpenDataSet: { allow: 'public' },
}
