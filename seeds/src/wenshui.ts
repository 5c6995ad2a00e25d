import type { SeedAccount } from './accounts.js';
import type { SeedCase, SeedCasePerson } from './cases.js';
import { fixedId } from './ids.js';
import { intBetween, pick, seededRandom } from './random.js';
import { CITY_ID, type SeedRegion, type Terrain } from './regions.js';
import type { SeedOffice, SeedPairing, SeedProvider, SeedRosterAdviser } from './roster.js';

// 文水县, a second and smaller demo county of 吕梁市, so that the city's roll-ups have two counties to show. The county's
// code is real (141121); its three townships are real names, their villages and everything in them generated.
// Ids use ranges of their own (regions 4, 201.., 20101..; advisers 1001..; cases 1001..) so nothing meets 交城县's.

export const WENSHUI_ID = fixedId('region', 4);
export const WENSHUI_CODE = '141121000000';

export const WENSHUI_TOWNSHIPS: ReadonlyArray<{ key: string; name: string; terrain: Terrain }> = [
  { key: 'fengcheng', name: '凤城镇', terrain: 'PLAIN' },
  { key: 'liuhulan', name: '刘胡兰镇', terrain: 'PLAIN' },
  { key: 'xicheng', name: '西城乡', terrain: 'MOUNTAIN' },
];

/** Township ids are region 201..203 in the order above. */
export function wenshuiTownshipId(key: string): string {
  const index = WENSHUI_TOWNSHIPS.findIndex((t) => t.key === key);
  if (index < 0) throw new Error(`unknown 文水县 township ${key}`);
  return fixedId('region', 201 + index);
}

/** Villages of 文水县 township i (0-based) are region 20000 + (i+1)*100 + n, n from 1. */
export function wenshuiVillageId(townshipIndex: number, n: number): string {
  return fixedId('region', 20000 + (townshipIndex + 1) * 100 + n);
}

const FIRST = ['东', '西', '南', '北', '上', '下', '大', '小', '马', '武', '宜', '孝'] as const;
const SECOND = ['庄', '家堡', '堡', '城', '营', '楼', '坊', '寨'] as const;
/** Villages per township, and the last village of 西城乡 is left without an adviser (coverage shows a gap). */
const VILLAGES_PER_TOWNSHIP = [5, 4, 4] as const;

export function wenshuiRegions(): SeedRegion[] {
  const rnd = seededRandom(141121);
  const regions: SeedRegion[] = [
    {
      id: WENSHUI_ID,
      parentId: CITY_ID,
      level: 'COUNTY',
      name: '文水县',
      code: WENSHUI_CODE,
      terrain: null,
      kind: null,
      townshipKind: null,
      urbanRuralCode: null,
      demo: false,
    },
  ];
  const used = new Set<string>();
  WENSHUI_TOWNSHIPS.forEach((township, i) => {
    const tdigits = `141121${String(100 + i).padStart(3, '0')}`;
    const tid = wenshuiTownshipId(township.key);
    regions.push({
      id: tid,
      parentId: WENSHUI_ID,
      level: 'TOWNSHIP',
      name: township.name,
      code: `${tdigits}000`,
      terrain: township.terrain,
      kind: null,
      townshipKind: township.name.endsWith('镇') ? 'TOWN' : 'TOWNSHIP',
      urbanRuralCode: null,
      demo: false,
    });
    for (let n = 1; n <= VILLAGES_PER_TOWNSHIP[i]!; n += 1) {
      const isCommunity = i === 0 && n === 1;
      let name: string;
      do name = isCommunity ? '凤城社区' : `${pick(rnd, FIRST)}${pick(rnd, SECOND)}村`;
      while (used.has(name));
      used.add(name);
      regions.push({
        id: wenshuiVillageId(i, n),
        parentId: tid,
        level: 'VILLAGE',
        name,
        code: `${tdigits}${String(200 + n).padStart(3, '0')}`,
        terrain: null,
        kind: isCommunity ? 'COMMUNITY' : 'VILLAGE',
        townshipKind: null,
        urbanRuralCode: isCommunity ? '111' : n === 1 ? (township.name.endsWith('镇') ? '121' : '210') : '220',
        demo: true,
      });
    }
  });
  return regions;
}

export const WENSHUI_PROVIDER: SeedProvider = {
  id: fixedId('provider', 101),
  kind: 'LAW_FIRM',
  name: '山西文峪律师事务所（演示）',
  phone: '0358-3020001',
  address: '文水县凤城镇（演示地址）',
};

export function wenshuiOffices(): SeedOffice[] {
  return WENSHUI_TOWNSHIPS.map((t, i) => ({
    id: fixedId('office', 101 + i),
    townshipId: wenshuiTownshipId(t.key),
    name: `${t.name.replace(/[镇乡]$/, '')}司法所`,
    phone: `0358-30210${String(i + 1).padStart(2, '0')}`,
    address: `文水县${t.name}政府院内`,
  }));
}

const NAMES = ['武志强', '宋丽娟', '梁海涛', '阎春梅'] as const;

export function wenshuiRoster(): SeedRosterAdviser[] {
  return NAMES.map((name, k) => ({
    id: fixedId('adviser', 1001 + k),
    name,
    gender: k % 2 === 0 ? 'MALE' : 'FEMALE',
    phone: `1393581${String(k + 1).padStart(4, '0')}`,
    profession: 'LAWYER',
    licenceNo: `11411212018${String(1001 + k).padStart(6, '0')}`,
    demo: true,
    providerId: WENSHUI_PROVIDER.id,
    serviceScope: '法律咨询、人民调解、法治宣传',
    joinedOn: '2024-05-20',
  }));
}

/** Every village but the last of 西城乡 gets an adviser from 2024-06-01, the four advisers in turn (3 villages each). */
export function wenshuiPairings(): SeedPairing[] {
  const villages = wenshuiRegions().filter((r) => r.level === 'VILLAGE');
  const roster = wenshuiRoster();
  return villages.slice(0, -1).map((v, i) => ({
    id: fixedId('pairing', 10001 + i),
    adviserId: roster[Math.floor(i / 3) % roster.length]!.id,
    villageId: v.id,
    validFrom: '2024-06-01',
    validTo: null,
    deputyDirector: true,
  }));
}

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idNumber(birth: string, n: number): string {
  const body = `141121${birth.replace(/-/g, '')}${String(n % 1000).padStart(3, '0')}`;
  const sum = W.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

const PLANS: ReadonlyArray<Pick<SeedCase, 'status' | 'level' | 'resolvedLevel' | 'closureReason' | 'disputeType'> & { agreement: boolean }> = [
  {
    status: 'AGREEMENT_REACHED',
    level: 'VILLAGE',
    resolvedLevel: 'VILLAGE',
    closureReason: 'AGREEMENT_SIGNED',
    disputeType: 'NEIGHBOUR',
    agreement: true,
  },
  { status: 'IN_MEDIATION', level: 'VILLAGE', resolvedLevel: null, closureReason: null, disputeType: 'HOUSING_HOMESTEAD', agreement: false },
  { status: 'REGISTERED', level: 'VILLAGE', resolvedLevel: null, closureReason: null, disputeType: 'CONTRACT', agreement: false },
  {
    status: 'AGREEMENT_REACHED',
    level: 'TOWNSHIP',
    resolvedLevel: 'TOWNSHIP',
    closureReason: 'AGREEMENT_SIGNED',
    disputeType: 'MARRIAGE_FAMILY',
    agreement: true,
  },
  { status: 'FAILED', level: 'VILLAGE', resolvedLevel: null, closureReason: 'FAILED', disputeType: 'DAMAGES', agreement: false },
];

/** Five cases of 2026 in villages with advisers, each with two parties recorded for it, assigned to the village's adviser. */
export function wenshuiCases(): SeedCase[] {
  const rnd = seededRandom(1121);
  const pairings = wenshuiPairings();
  const villages = new Map(wenshuiRegions().map((r) => [r.id, r]));
  const surnames = ['武', '宋', '梁', '阎', '温', '成'];
  const given = ['建军', '秀珍', '志明', '翠兰', '国庆', '小红'];
  return PLANS.map((plan, k) => {
    const n = 1001 + k;
    const pairing = pairings[(k * 2) % pairings.length]!;
    const village = villages.get(pairing.villageId)!;
    const receivedOn = `2026-0${3 + k}-1${k}`;
    const person = (m: number): SeedCasePerson => ({
      id: fixedId('person', 10000 + k * 2 + m),
      name: `${pick(rnd, surnames)}${pick(rnd, given)}`,
      phone: `1573581${String(k * 2 + m).padStart(4, '0')}`,
      demo: true,
      idNumber: idNumber(`19${intBetween(rnd, 55, 95)}-0${intBetween(rnd, 1, 9)}-1${intBetween(rnd, 0, 9)}`, k * 2 + m),
      address: `文水县${village.name}（演示地址）`,
    });
    const applicant = person(1);
    const respondent = person(2);
    const accepted = plan.status !== 'REGISTERED';
    const closed = ['AGREEMENT_REACHED', 'FAILED'].includes(plan.status);
    return {
      id: fixedId('mediationCase', n),
      villageId: village.id,
      year: 2026,
      seq: k + 1,
      source: 'APPLICATION',
      referrerKind: null,
      referrerName: null,
      disputeType: plan.disputeType,
      amountFen: (k + 1) * 500_000,
      tier: 'ORDINARY',
      status: plan.status,
      level: plan.level,
      resolvedLevel: plan.resolvedLevel,
      receivedOn,
      acceptedOn: accepted ? receivedOn : null,
      closedOn: closed ? `2026-0${3 + k}-2${k}` : null,
      closureReason: plan.closureReason,
      summary: `【演示数据】文水县${village.name}村民${applicant.name}与${respondent.name}发生纠纷，申请调解。`,
      parties: [
        { id: fixedId('caseParty', 10001 + k * 2), personId: applicant.id, person: applicant, role: 'APPLICANT' },
        { id: fixedId('caseParty', 10002 + k * 2), personId: respondent.id, person: respondent, role: 'RESPONDENT' },
      ],
      adviserIds: [pairing.adviserId],
      sessions: [],
      agreement: plan.agreement
        ? {
            id: fixedId('agreement', n),
            form: 'WRITTEN',
            content: `【演示数据】经调解，${applicant.name}与${respondent.name}自愿达成协议，双方不再就此事发生争执。`,
            amountFen: 200_000,
            signedAt: `2026-0${3 + k}-2${k}`,
            reviewStatus: 'APPROVED',
            performance: 'PENDING',
          }
        : null,
      returnVisit: null,
    };
  });
}

export const WENSHUI_ACCOUNTS: SeedAccount[] = [
  {
    id: fixedId('user', 7),
    username: 'city',
    role: 'BUREAU_ADMIN',
    displayName: '吕梁市司法局',
    scopeRegionId: CITY_ID,
    adviserId: null,
    personId: null,
    verifiedPhone: null,
  },
  {
    id: fixedId('user', 8),
    username: 'bureau.wenshui',
    role: 'BUREAU_ADMIN',
    displayName: '文水县司法局',
    scopeRegionId: WENSHUI_ID,
    adviserId: null,
    personId: null,
    verifiedPhone: null,
  },
];

/** 文水县's first roster filing (名册备案), as of 2026-06-30, waiting in the city's inbox. */
export const WENSHUI_FILING = { id: fixedId('rosterFiling', 1), number: 1, asOf: '2026-06-30', filedAt: '2026-07-01T10:00:00+08:00' } as const;
