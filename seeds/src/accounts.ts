import { fixedId } from './ids.js';
import { COUNTY_ID, townshipId } from './regions.js';
import { WENSHUI_ACCOUNTS } from './wenshui.js';

export const DEMO_PASSWORD = 'jiaocheng-demo';

export type DemoRole = 'BUREAU_ADMIN' | 'OFFICE_STAFF' | 'ADVISER' | 'PARTY' | 'ANALYST';

export interface SeedAdviser {
  id: string;
  name: string;
  gender: 'MALE' | 'FEMALE';
  phone: string;
  profession: 'LAWYER' | 'GRASSROOTS_LEGAL_WORKER' | 'LEGAL_AID' | 'NOTARY' | 'OTHER';
  licenceNo: string;
  demo: true;
}

export interface SeedPerson {
  id: string;
  name: string;
  phone: string;
  demo: true;
}

export interface SeedAccount {
  id: string;
  username: string;
  role: DemoRole;
  displayName: string;
  scopeRegionId: string | null;
  adviserId: string | null;
  personId: string | null;
  /** A party account's verified phone: its cases are those that record this phone for a party. */
  verifiedPhone: string | null;
}

// Generated people: the names are common, the numbers are not anyone's.
export const DEMO_ADVISERS: SeedAdviser[] = [
  {
    id: fixedId('adviser', 1),
    name: '李明华',
    gender: 'MALE',
    phone: '13935800001',
    profession: 'LAWYER',
    licenceNo: '11411202010000001',
    demo: true,
  },
  {
    id: fixedId('adviser', 2),
    name: '王秀兰',
    gender: 'FEMALE',
    phone: '13935800002',
    profession: 'GRASSROOTS_LEGAL_WORKER',
    licenceNo: '31411202010000002',
    demo: true,
  },
];

export const DEMO_PERSONS: SeedPerson[] = [{ id: fixedId('person', 1), name: '张建国', phone: '13835805678', demo: true }];

export const DEMO_ACCOUNTS: SeedAccount[] = [
  {
    id: fixedId('user', 1),
    username: 'bureau',
    role: 'BUREAU_ADMIN',
    displayName: '交城县司法局',
    scopeRegionId: COUNTY_ID,
    adviserId: null,
    personId: null,
    verifiedPhone: null,
  },
  {
    id: fixedId('user', 2),
    username: 'office.tianning',
    role: 'OFFICE_STAFF',
    displayName: '天宁司法所',
    scopeRegionId: townshipId('tianning'),
    adviserId: null,
    personId: null,
    verifiedPhone: null,
  },
  {
    id: fixedId('user', 3),
    username: 'adviser.1',
    role: 'ADVISER',
    displayName: '李明华（法律顾问）',
    scopeRegionId: null,
    adviserId: fixedId('adviser', 1),
    personId: null,
    verifiedPhone: null,
  },
  {
    id: fixedId('user', 4),
    username: 'adviser.2',
    role: 'ADVISER',
    displayName: '王秀兰（法律顾问）',
    scopeRegionId: null,
    adviserId: fixedId('adviser', 2),
    personId: null,
    verifiedPhone: null,
  },
  {
    id: fixedId('user', 5),
    username: 'party.1',
    role: 'PARTY',
    displayName: '张建国',
    scopeRegionId: null,
    adviserId: null,
    personId: fixedId('person', 1),
    verifiedPhone: DEMO_PERSONS[0]!.phone,
  },
  {
    id: fixedId('user', 6),
    username: 'analyst',
    role: 'ANALYST',
    displayName: '统计分析员',
    scopeRegionId: COUNTY_ID,
    adviserId: null,
    personId: null,
    verifiedPhone: null,
  },
  // 吕梁市's bureau over both demo counties, and 文水县's own (seeds/src/wenshui.ts).
  ...WENSHUI_ACCOUNTS,
];

export function demoAccount(username: string): SeedAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return account;
}
