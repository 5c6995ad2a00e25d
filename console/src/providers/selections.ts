/*
 * What a detail page (and a mutation's answer) selects beyond `{ id label }` for related objects, per type and field.
 * Lists keep the generic selection (scalars and `{ id label }` of to-one relations), so a page of 100 stays cheap.
 */
const ADVISER_BRIEF = 'id name phone profession status photoUrl provider { id name }';

export const DETAIL_SELECTIONS: Record<string, Record<string, string>> = {
  // An account made or reset with its one-time password: what the dialog that shows it once needs.
  AccountCredentials: {
    user: 'id username displayName role',
  },
  LegalAdviser: {
    provider: 'id name kind phone',
    villages: 'id name code township { id name }',
    // By village id: a pairing's village is null when it lies outside the viewer's jurisdiction.
    currentPairings: 'id validFrom validTo deputyDirector villageId',
    history: 'id kind effectiveOn reason changes actorName at',
  },
  Village: {
    township: 'id name',
    committee: 'id name fixedOffice mediationRoom noticeBoardPosted version members { id name role phone version }',
    currentAdviser: ADVISER_BRIEF,
    currentPairing: 'id validFrom validTo deputyDirector',
    pairings: 'id validFrom validTo active deputyDirector createdAt adviser { id name }',
  },
  Pairing: {
    adviser: 'id name status profession phone',
    village: 'id name code township { id name }',
  },
  MediationCommittee: {
    members: 'id name role phone version',
  },
  RosterFiling: {
    county: 'id name',
    entries: 'adviserId name gender phone profession licenceNo provider serviceScope joinedOn villages { id name township }',
    diff:
      'previousNumber added { adviserId name licenceNo profession provider } ' +
      'removed { adviserId name licenceNo profession provider } ' +
      'changed { adviserId name licenceNo changes { field from to } }',
  },
  MediationCase: {
    village: 'id name',
    township: 'id name',
    advisers: 'id name phone status',
    mediators: 'id name role',
    parties: 'id role name phone idNumber address',
    sessions: 'id at mode place participants record',
    agreement:
      'id form signedAt amountFen content version reviewStatus reviewComment reviewedAt performance ' +
      'confirmationAppliedOn confirmationCourt confirmationResult confirmationDecidedOn confirmationRulingNo confirmationDeadline confirmationDueSoon ' +
      'scan { mime size uploadedAt }',
    returnVisits: 'id visitedOn carriedOut performance satisfaction',
    events: 'id kind at actorName reason addedAdviserName endedAdviserNames',
    accessLog: 'at readerRole readerName organisation fields you',
  },
  Training: {
    village: 'id name township { id name }',
    adviser: 'id name phone',
    attendingAdvisers: 'id name provider { id name }',
    photos: 'id mime url',
  },
  ConsultationMeeting: {
    participants: 'id kind name office { id name } provider { id name } village { id name }',
    actionItems: 'id title dueOn status overdue canUpdate note doneAt version ownerKind ownerName ownerOffice { id name } ownerProvider { id name }',
  },
  ActionItem: {
    meeting: 'id title at',
  },
  WorkLogEntry: { photos: 'id mime url' },
  MonthlyCheck: { highlights: 'id title text modelCase markedAt photos { id mime url }' },
  Region: {
    mergedInto: 'id name code',
    changes: 'id kind oldValue newValue effectiveOn at',
  },
  RegionImportPreview: {
    problems: 'row column code message value',
    created: 'row code name level oldValue newValue regionId',
    renamed: 'row code name level oldValue newValue regionId',
    moved: 'row code name level oldValue newValue regionId',
    retired: 'row code name level oldValue newValue regionId',
    reclassified: 'row code name level oldValue newValue regionId',
  },
  RosterImportPreview: {
    rows: 'row name gender phone profession licenceNo providerName providerId serviceScope joinedOn valid',
    problems: 'row column field code message value',
  },
};

/** What a list row shows of related objects beyond `{ id label }`: a case's parties (masked for outsiders). */
export const LIST_SELECTIONS: Record<string, Record<string, string>> = {
  MediationCase: { parties: 'id role name', agreement: 'id form signedAt reviewStatus performance' },
  // The work-log form picks online or offline from the township's terrain.
  Village: { township: 'id name terrain' },
  MonthlyCheck: { highlights: 'id title modelCase' },
  // A retired village shows what it was merged into, by name.
  Region: { mergedInto: 'id name' },
};

/** Never selected by a list: confidential text is read on the detail page, where each read is audited. */
export const LIST_OMITTED: Record<string, readonly string[]> = {
  MediationCase: ['summary'],
};
