import { DEMO_ADVISERS, type SeedAdviser } from './accounts.js';
import { fixedId } from './ids.js';
import { intBetween, pick, seededRandom } from './random.js';
import { TOWNSHIPS, demoRegions, townshipId } from './regions.js';

export type ProviderKind = 'LAW_FIRM' | 'LEGAL_SERVICE_OFFICE' | 'LEGAL_AID_CENTRE' | 'NOTARY_OFFICE';

export interface SeedProvider {
  id: string;
  kind: ProviderKind;
  name: string;
  phone: string;
  address: string;
}

export interface SeedOffice {
  id: string;
  townshipId: string;
  name: string;
  phone: string;
  address: string;
}

export interface SeedCommittee {
  id: string;
  villageId: string;
  name: string;
  fixedOffice: boolean;
  mediationRoom: boolean;
  noticeBoardPosted: boolean;
  members: Array<{ id: string; name: string; role: 'DIRECTOR' | 'DEPUTY' | 'MEMBER'; phone: string }>;
}

export interface SeedPairing {
  id: string;
  adviserId: string;
  villageId: string;
  validFrom: string;
  validTo: string | null;
  deputyDirector: boolean;
}

export interface SeedRosterAdviser extends SeedAdviser {
  providerId: string;
  serviceScope: string;
  joinedOn: string;
}

/** The day the county's current pairings took effect (the plan was issued in 2024). */
export const PAIRINGS_FROM = '2024-06-01';

// Generated organisations: plausible names, not real firms.
export const DEMO_PROVIDERS: SeedProvider[] = [
  { id: fixedId('provider', 1), kind: 'LAW_FIRM', name: '山西卦山律师事务所（演示）', phone: '0358-3520001', address: '交城县天宁镇迎宾路1号' },
  { id: fixedId('provider', 2), kind: 'LAW_FIRM', name: '山西文峪河律师事务所（演示）', phone: '0358-3520002', address: '交城县天宁镇永宁路8号' },
  { id: fixedId('provider', 3), kind: 'LAW_FIRM', name: '吕梁庞泉律师事务所（演示）', phone: '0358-3520003', address: '交城县夏家营镇府前街3号' },
  {
    id: fixedId('provider', 4),
    kind: 'LEGAL_SERVICE_OFFICE',
    name: '交城县城关法律服务所（演示）',
    phone: '0358-3520004',
    address: '交城县天宁镇西街12号',
  },
  {
    id: fixedId('provider', 5),
    kind: 'LEGAL_SERVICE_OFFICE',
    name: '交城县西营法律服务所（演示）',
    phone: '0358-3520005',
    address: '交城县西营镇中心街5号',
  },
  {
    id: fixedId('provider', 6),
    kind: 'LEGAL_AID_CENTRE',
    name: '交城县法律援助中心（演示）',
    phone: '0358-3520006',
    address: '交城县天宁镇建设路20号',
  },
  { id: fixedId('provider', 7), kind: 'NOTARY_OFFICE', name: '交城县公证处（演示）', phone: '0358-3520007', address: '交城县天宁镇建设路22号' },
];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
  '梁',
  '宋',
  '郑',
  '谢',
  '韩',
  '唐',
  '冯',
  '于',
  '董',
  '萧',
];
const GIVEN = [
  '建华',
  '晓燕',
  '志强',
  '丽娟',
  '国平',
  '海涛',
  '春梅',
  '文斌',
  '秀英',
  '俊杰',
  '红霞',
  '永刚',
  '玉兰',
  '明亮',
  '淑芳',
  '立新',
  '桂英',
  '振宇',
  '慧敏',
  '德才',
  '雅琴',
  '宏伟',
  '翠花',
  '鹏飞',
  '金凤',
  '思远',
  '凤英',
  '铁军',
  '彩云',
  '学文',
];

const PROFESSION_BY_KIND: Record<ProviderKind, SeedAdviser['profession']> = {
  LAW_FIRM: 'LAWYER',
  LEGAL_SERVICE_OFFICE: 'GRASSROOTS_LEGAL_WORKER',
  LEGAL_AID_CENTRE: 'LEGAL_AID',
  NOTARY_OFFICE: 'NOTARY',
};

const SCOPES = [
  '法律咨询、矛盾纠纷排查与调解、调解协议把关、法治宣传',
  '法律咨询、人民调解、合同审查、法治讲座',
  '法律咨询、调解协议审查、推进司法确认、法律援助引导',
];

/** Total advisers on the demo roster: the two demo accounts' advisers and generated ones. */
export const ROSTER_SIZE = 34;

export function demoRoster(): SeedRosterAdviser[] {
  const rnd = seededRandom(51);
  const used = new Set(DEMO_ADVISERS.map((a) => a.name));
  const roster: SeedRosterAdviser[] = DEMO_ADVISERS.map((a, i) => ({
    ...a,
    providerId: DEMO_PROVIDERS[i === 0 ? 0 : 3]!.id,
    serviceScope: SCOPES[0]!,
    joinedOn: '2024-05-20',
  }));
  for (let n = 3; n <= ROSTER_SIZE; n += 1) {
    let name: string;
    do name = `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}`;
    while (used.has(name));
    used.add(name);
    const provider = DEMO_PROVIDERS[n % DEMO_PROVIDERS.length]!;
    const profession = PROFESSION_BY_KIND[provider.kind];
    const prefix = { LAWYER: '1', GRASSROOTS_LEGAL_WORKER: '3', LEGAL_AID: '5', NOTARY: '7', OTHER: '9' }[profession];
    roster.push({
      id: fixedId('adviser', n),
      name,
      gender: rnd() < 0.45 ? 'FEMALE' : 'MALE',
      phone: `1393580${String(n).padStart(4, '0')}`,
      profession,
      licenceNo: `${prefix}1411202${String(2010 + (n % 12)).padStart(4, '0')}${String(n).padStart(6, '0')}`,
      demo: true,
      providerId: provider.id,
      serviceScope: pick(rnd, SCOPES),
      joinedOn: n <= 30 ? '2024-05-20' : `2025-0${intBetween(rnd, 1, 9)}-15`,
    });
  }
  return roster;
}

export function demoOffices(): SeedOffice[] {
  return TOWNSHIPS.map((t, i) => ({
    id: fixedId('office', i + 1),
    townshipId: townshipId(t.key),
    name: `${t.name.replace(/[镇乡]$/, '')}司法所`,
    phone: `0358-35210${String(i + 1).padStart(2, '0')}`,
    address: `交城县${t.name}政府院内`,
  }));
}

/** Villages left without an adviser in the demo, so that coverage has something to show. */
export const UNCOVERED_VILLAGE_COUNT = 4;

/**
 * Pairings: every village but the last few of the three largest mountain townships gets an adviser from
 * PAIRINGS_FROM, advisers taking villages in turn so that most serve 4–6 villages (a few over the cap of 5).
 * adviser.1 and adviser.2 serve the first villages of 天宁镇 (three each).
 */
export function demoPairings(): SeedPairing[] {
  const regions = demoRegions();
  const roster = demoRoster().filter((a) => a.joinedOn <= PAIRINGS_FROM);
  const villagesByTownship = TOWNSHIPS.map((t) => regions.filter((r) => r.parentId === townshipId(t.key)));
  const uncovered = new Set<string>();
  const mountainBySize = TOWNSHIPS.map((t, i) => ({ t, i }))
    .filter(({ t }) => t.terrain === 'MOUNTAIN')
    .sort((a, b) => villagesByTownship[b.i]!.length - villagesByTownship[a.i]!.length);
  for (let k = 0; uncovered.size < UNCOVERED_VILLAGE_COUNT; k += 1) {
    const vs = villagesByTownship[mountainBySize[k % 3]!.i]!;
    uncovered.add(vs[vs.length - 1 - Math.floor(k / 3)]!.id);
  }
  const pairings: SeedPairing[] = [];
  let adviserIndex = 0;
  let load = 0;
  let n = 0;
  const quotas = roster.map((_, i) => (i % 7 === 6 ? 6 : i < 2 ? 3 : 5));
  for (const villages of villagesByTownship) {
    for (const v of villages) {
      if (uncovered.has(v.id)) continue;
      while (load >= quotas[adviserIndex % roster.length]!) {
        adviserIndex += 1;
        load = 0;
      }
      const adviser = roster[adviserIndex % roster.length]!;
      n += 1;
      pairings.push({
        id: fixedId('pairing', n),
        adviserId: adviser.id,
        villageId: v.id,
        validFrom: PAIRINGS_FROM,
        validTo: null,
        deputyDirector: n % 3 !== 0,
      });
      load += 1;
    }
  }
  return pairings;
}

const COMMITTEE_ROLES: Array<'DIRECTOR' | 'DEPUTY' | 'MEMBER'> = ['DIRECTOR', 'DEPUTY', 'MEMBER', 'MEMBER', 'MEMBER'];

export function demoCommittees(): SeedCommittee[] {
  const rnd = seededRandom(29);
  let memberNo = 0;
  return demoRegions()
    .filter((r) => r.level === 'VILLAGE')
    .map((v, i) => ({
      id: fixedId('committee', i + 1),
      villageId: v.id,
      name: `${v.name}人民调解委员会`,
      fixedOffice: rnd() < 0.9,
      mediationRoom: rnd() < 0.75,
      noticeBoardPosted: rnd() < 0.8,
      members: COMMITTEE_ROLES.slice(0, intBetween(rnd, 3, 5)).map((role) => {
        memberNo += 1;
        return {
          id: fixedId('member', memberNo),
          name: `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}`,
          role,
          phone: `1383580${String(memberNo).padStart(4, '0')}`,
        };
      }),
    }));
}
