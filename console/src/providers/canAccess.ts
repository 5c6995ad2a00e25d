import type { Role } from './session';

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'access';

/*
 * What each tier may open in the console: the menu, the registered resources, the custom pages and the buttons all
 * follow this one table. Hiding is courtesy; the API is the guard (it scopes and refuses on its own).
 *
 * Resources use react-admin's actions. `edit` also covers a resource's own actions: roster changes and the photo of
 * an adviser, ending a pairing and reassigning a village, the committee and members of a village, the workflow of a
 * mediation case (sessions, agreement, review, confirmation, return visits). Pages (`coverage`, `caseStatistics`,
 * `rosterImport`, `regionImport`) and features (`graphiql`, `noticeBoard`, `townshipNoticeBoards`: a township's boards in one PDF, `adviserLoads`: adviser names on the
 * coverage page) use
 * `access` or `list`. `caseReassignment` (`edit`): giving an open case another adviser (改派) once its own left, for the
 * township office (its township's cases) and the bureau. `idNumberReuse`: the bureau's one-off report of registrations
 * that showed an ID number already on file. `subsidies`: the bureau sets rates, confirms and pays statements; an
 * office reads its township's statements and an adviser their own (the API narrows the list and refuses the rest).
 *
 * Mediation cases: the bureau and the offices see metadata (the API withholds confidential text); the adviser
 * registers and handles their cases; a party sees their own. The analyst has the statistics only.
 */
const READ: readonly Action[] = ['list', 'show'];
const RULES: Record<Role, Record<string, readonly Action[]>> = {
  BUREAU_ADMIN: {
    dashboard: ['access'],
    coverage: ['access'],
    caseStatistics: ['access'],
    supervision: ['access'],
    trainingCompliance: ['access'],
    assessment: ['access'],
    subsidies: ['access'],
    idNumberReuse: ['access'],
    mediationCases: READ,
    caseReassignment: ['edit'],
    workLogEntries: READ,
    monthlyReports: READ,
    monthlyChecks: ['list', 'show', 'edit'],
    trainings: ['list', 'show', 'create'],
    consultationMeetings: ['list', 'show', 'create', 'edit'],
    actionItems: ['edit'],
    adviserLoads: ['list'],
    villages: ['list', 'show', 'edit'],
    legalAdvisers: ['list', 'show', 'create', 'edit'],
    pairings: ['list', 'show', 'create', 'edit'],
    providers: ['list', 'create', 'edit'],
    rosterFilings: ['list', 'show', 'create'],
    rosterImport: ['access'],
    regionImport: ['access'],
    noticeBoard: ['access'],
    townshipNoticeBoards: ['access'],
    // Townships' attributes (terrain, kind, supervision phone); names and codes change only through the import.
    regions: ['list', 'show', 'edit'],
    users: ['list', 'show', 'create', 'edit'],
    auditEvents: ['list'],
    // The region's own settings (and, above the county, a county's): deadline day, load cap, photo location, QR URL.
    settings: ['access'],
    graphiql: ['access'],
  },
  OFFICE_STAFF: {
    dashboard: ['access'],
    coverage: ['access'],
    caseStatistics: ['access'],
    trainingCompliance: ['access'],
    assessment: ['access'],
    subsidies: ['access'],
    mediationCases: READ,
    caseReassignment: ['edit'],
    workLogEntries: READ,
    monthlyReports: ['list', 'show', 'edit'],
    monthlyChecks: ['list', 'show', 'create', 'edit'],
    trainings: READ,
    consultationMeetings: READ,
    actionItems: ['edit'],
    adviserLoads: ['list'],
    villages: ['list', 'show', 'edit'],
    legalAdvisers: READ,
    noticeBoard: ['access'],
    townshipNoticeBoards: ['access'],
    regions: READ,
    // The accounts of the advisers serving the township: create (one-time password) and reset, nothing else.
    users: ['list', 'show', 'create'],
  },
  ADVISER: {
    dashboard: ['access'],
    assessment: ['access'],
    subsidies: ['access'],
    mediationCases: ['list', 'show', 'create', 'edit'],
    workLogEntries: ['list', 'show', 'create', 'edit', 'delete'],
    monthlyReports: ['list', 'show', 'create'],
    trainings: ['list', 'show', 'create'],
    villages: READ,
    legalAdvisers: READ,
    noticeBoard: ['access'],
  },
  PARTY: { dashboard: ['access'], mediationCases: READ },
  ANALYST: {
    dashboard: ['access'],
    coverage: ['access'],
    caseStatistics: ['access'],
    // Grade counts by township only, small cells suppressed: the page shows analysts nothing else.
    assessment: ['access'],
    regions: READ,
    graphiql: ['access'],
  },
};

export function canAccess(role: Role | null | undefined, resource: string, action: string): boolean {
  if (!role || !(role in RULES)) return false;
  // react-admin asks about fields as `regions.name`; a field follows its resource.
  const base = resource.split('.')[0]!;
  return (RULES[role][base] as readonly string[] | undefined)?.includes(action) ?? false;
}

/** Every react-admin resource of the console. */
export const RESOURCE_ORDER = [
  'mediationCases',
  'workLogEntries',
  'monthlyReports',
  'monthlyChecks',
  'trainings',
  'consultationMeetings',
  'villages',
  'legalAdvisers',
  'pairings',
  'providers',
  'rosterFilings',
  'regions',
  'users',
  'auditEvents',
] as const;
/** Custom pages with a route of their own (`/coverage`, `/case-statistics`, `/roster-import`). */
export const PAGES = {
  coverage: '/coverage',
  caseStatistics: '/case-statistics',
  supervision: '/supervision',
  trainingCompliance: '/training-compliance',
  rosterImport: '/roster-import',
  regionImport: '/region-import',
  idNumberReuse: '/id-number-reuse',
  assessment: '/assessment',
  subsidies: '/subsidies',
  settings: '/settings',
} as const;
export type PageName = keyof typeof PAGES;

/** Pages with a menu entry of their own (the roster import is reached from the roster). */
const MENU_PAGES: readonly PageName[] = [
  'coverage',
  'caseStatistics',
  'supervision',
  'trainingCompliance',
  'assessment',
  'subsidies',
  'idNumberReuse',
  'regionImport',
  'settings',
];

/**
 * The menu after 首页, in order: the overview pages first, then what the tier works with; the region import sits
 * right after the regions it changes, and the settings come last.
 */
export const MENU_ORDER = [
  ...MENU_PAGES.filter((p) => p !== 'regionImport' && p !== 'settings'),
  ...RESOURCE_ORDER.flatMap((r) => (r === 'regions' ? [r, 'regionImport' as const] : [r])),
  'settings',
] as const;

/** The resources a role has (each gets its routes), in menu order. */
export function resourcesFor(role: Role | null | undefined): string[] {
  return RESOURCE_ORDER.filter((r) => canAccess(role, r, 'list'));
}

/** The custom pages a role may open. */
export function pagesFor(role: Role | null | undefined): PageName[] {
  return (Object.keys(PAGES) as PageName[]).filter((p) => canAccess(role, p, 'access'));
}

export type MenuEntry = { name: string; kind: 'resource' } | { name: PageName; kind: 'page'; to: string };

/** The menu entries of a role after 首页. */
export function menuFor(role: Role | null | undefined): MenuEntry[] {
  return MENU_ORDER.flatMap((name): MenuEntry[] => {
    if ((MENU_PAGES as readonly string[]).includes(name)) {
      const page = name as PageName;
      return canAccess(role, page, 'access') ? [{ name: page, kind: 'page', to: PAGES[page] }] : [];
    }
    return canAccess(role, name, 'list') ? [{ name, kind: 'resource' }] : [];
  });
}
