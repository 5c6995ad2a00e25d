import { DEMO_ADVISERS, DEMO_PERSONS, type SeedPerson } from './accounts.js';
import { fixedId } from './ids.js';
import { intBetween, pick, seededRandom } from './random.js';
import { demoRegions } from './regions.js';
import { demoPairings } from './roster.js';
import { demoSubsidies, SUBSIDY_CASE_FROM, SUBSIDY_CASE_PLANS, subsidyCaseClosedOn } from './subsidies.js';

export interface SeedCaseParty {
  id: string;
  /** The party as this case recorded them: a record of its own, never shared with another case. */
  personId: string;
  person: SeedCasePerson;
  role: 'APPLICANT' | 'RESPONDENT' | 'THIRD_PARTY';
}

export interface SeedCase {
  id: string;
  villageId: string;
  year: number;
  seq: number;
  source: 'SCREENING' | 'APPLICATION' | 'REFERRAL';
  referrerKind: 'COURT' | 'POLICE' | 'PETITION_OFFICE' | null;
  referrerName: string | null;
  disputeType: string;
  amountFen: number;
  tier: 'ORDINARY' | 'DIFFICULT' | 'MAJOR';
  status: string;
  level: 'VILLAGE' | 'TOWNSHIP' | 'COUNTY';
  resolvedLevel: 'VILLAGE' | 'TOWNSHIP' | 'COUNTY' | null;
  receivedOn: string;
  acceptedOn: string | null;
  closedOn: string | null;
  closureReason: string | null;
  summary: string;
  parties: SeedCaseParty[];
  adviserIds: string[];
  sessions: Array<{ id: string; at: string; place: string; mode: 'ONLINE' | 'OFFLINE'; participants: string; record: string }>;
  agreement: null | {
    id: string;
    form: 'WRITTEN' | 'ORAL';
    content: string;
    amountFen: number;
    signedAt: string;
    reviewStatus: 'PENDING' | 'APPROVED' | 'CHANGES_REQUESTED';
    performance: 'PENDING' | 'PERFORMED' | 'PARTIAL' | 'NOT_PERFORMED';
  };
  /** A return visit carried out (recorded by the bureau's account), or none. */
  returnVisit: null | { id: string; visitedOn: string; performance: 'PERFORMED' | 'NOT_PERFORMED' };
}

export interface SeedCasePerson extends SeedPerson {
  idNumber: string;
  address: string;
}

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A syntactically valid, generated resident ID number (GB 11643 check digit); it belongs to no one. */
export function demoIdNumber(birth: string, n: number): string {
  const body = `141122${birth.replace(/-/g, '')}${String(n % 1000).padStart(3, '0')}`;
  const sum = W.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '郭', '任', '武', '田', '韩', '冯', '贾', '程'];
const GIVEN = ['建国', '秀英', '志刚', '桂兰', '海平', '玉梅', '军', '红', '永福', '金花', '保平', '润生', '改莲', '二虎', '俊英'];

/** The generated people who take part in the demo cases: 张建国 (party.1) first. */
function demoPeople(): SeedCasePerson[] {
  const rnd = seededRandom(77);
  const first = DEMO_PERSONS[0]!;
  const people: SeedCasePerson[] = [{ ...first, idNumber: demoIdNumber('1968-03-12', 17), address: '交城县天宁镇（演示地址）' }];
  for (let n = 2; n <= 60; n += 1) {
    const birth = `19${intBetween(rnd, 50, 99)}-0${intBetween(rnd, 1, 9)}-${String(intBetween(rnd, 10, 28))}`;
    people.push({
      id: fixedId('person', n),
      name: `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}`,
      phone: `1573580${String(n).padStart(4, '0')}`,
      demo: true,
      idNumber: demoIdNumber(birth, n),
      address: `交城县（演示地址）${n}号`,
    });
  }
  return people;
}

const TYPES = [
  'NEIGHBOUR',
  'HOUSING_HOMESTEAD',
  'MARRIAGE_FAMILY',
  'CONTRACT',
  'DAMAGES',
  'FOREST_LAND',
  'LABOUR',
  'TRAFFIC_ACCIDENT',
  'PROPERTY_MANAGEMENT',
  'CONSUMER',
];
const TYPE_TEXT: Record<string, string> = {
  NEIGHBOUR: '因排水沟渠改道引发邻里纠纷',
  HOUSING_HOMESTEAD: '因宅基地界址不清发生争议',
  MARRIAGE_FAMILY: '因赡养老人费用分担产生家庭矛盾',
  CONTRACT: '因土地流转合同租金支付发生争议',
  DAMAGES: '因放养牲畜损毁庄稼要求赔偿',
  FOREST_LAND: '因林地承包边界发生争执',
  LABOUR: '因务工报酬拖欠发生劳务纠纷',
  TRAFFIC_ACCIDENT: '因农用车剐蹭发生交通事故赔偿纠纷',
  PROPERTY_MANAGEMENT: '因小区物业费收取发生争议',
  CONSUMER: '因购买农资质量问题发生消费纠纷',
};

interface Plan {
  status: string;
  level: SeedCase['level'];
  resolvedLevel: SeedCase['resolvedLevel'];
  closureReason: string | null;
  agreement: boolean;
  sessions: number;
}
const PLANS: Plan[] = [
  { status: 'AGREEMENT_REACHED', level: 'VILLAGE', resolvedLevel: 'VILLAGE', closureReason: 'AGREEMENT_SIGNED', agreement: true, sessions: 2 },
  { status: 'IN_MEDIATION', level: 'VILLAGE', resolvedLevel: null, closureReason: null, agreement: false, sessions: 1 },
  { status: 'REGISTERED', level: 'VILLAGE', resolvedLevel: null, closureReason: null, agreement: false, sessions: 0 },
  { status: 'ACCEPTED', level: 'VILLAGE', resolvedLevel: null, closureReason: null, agreement: false, sessions: 0 },
  { status: 'AGREEMENT_REACHED', level: 'TOWNSHIP', resolvedLevel: 'TOWNSHIP', closureReason: 'AGREEMENT_SIGNED', agreement: true, sessions: 3 },
  { status: 'FAILED', level: 'VILLAGE', resolvedLevel: null, closureReason: 'FAILED', agreement: false, sessions: 2 },
  { status: 'DECLINED', level: 'VILLAGE', resolvedLevel: null, closureReason: 'NOT_ACCEPTED', agreement: false, sessions: 0 },
  { status: 'WITHDRAWN', level: 'VILLAGE', resolvedLevel: null, closureReason: 'WITHDRAWN', agreement: false, sessions: 1 },
  { status: 'REFERRED', level: 'TOWNSHIP', resolvedLevel: null, closureReason: 'REFERRED_LITIGATION', agreement: false, sessions: 1 },
  { status: 'IN_MEDIATION', level: 'COUNTY', resolvedLevel: null, closureReason: null, agreement: false, sessions: 2 },
];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Thirty cases in every state across villages with advisers. The first is the demo-data guarantee
 * (docs/api-conventions.md): 张建国 (party.1) applied, adviser.1 is assigned (and adviser.2 is not), and a written
 * agreement was signed. Then adviser.1's cases closed in the last quarter that ended before `now`, one per state of a
 * case file that the subsidy statement tells apart (subsidies.ts).
 */
export function demoCases(now: Date = new Date()): SeedCase[] {
  const rnd = seededRandom(2024);
  const people = demoPeople();
  // Each case records its parties afresh: someone in a second case gets a second record (same details, own id).
  const recorded = new Set<string>();
  let extra = people.length;
  const recordOf = (person: SeedCasePerson): SeedCasePerson => {
    if (!recorded.has(person.id)) {
      recorded.add(person.id);
      return person;
    }
    extra += 1;
    return { ...person, id: fixedId('person', extra) };
  };
  const pairings = demoPairings();
  const adviser1 = DEMO_ADVISERS[0]!.id;
  const adviser2 = DEMO_ADVISERS[1]!.id;
  const villagesOf1 = pairings.filter((p) => p.adviserId === adviser1);
  const others = pairings.filter((p) => p.adviserId !== adviser1 && p.adviserId !== adviser2);
  const villages = demoRegions();
  const cases: SeedCase[] = [];
  for (let n = 1; n <= 30; n += 1) {
    const plan = n === 1 ? PLANS[0]! : PLANS[(n - 1) % PLANS.length]!;
    const pairing = n === 1 ? villagesOf1[0]! : n <= 4 ? villagesOf1[(n - 1) % villagesOf1.length]! : pick(rnd, others);
    const type = n === 1 ? 'HOUSING_HOMESTEAD' : pick(rnd, TYPES);
    const receivedOn = addDays('2026-01-05', n * 9);
    const accepted = !['REGISTERED', 'DECLINED'].includes(plan.status);
    const acceptedOn = accepted ? addDays(receivedOn, 2) : null;
    const closed = !['REGISTERED', 'ACCEPTED', 'IN_MEDIATION'].includes(plan.status);
    const applicant = recordOf(n === 1 ? people[0]! : people[(n * 2 - 1) % people.length]!);
    const respondent = recordOf(people[(n * 2) % people.length]!);
    const village = villages.find((v) => v.id === pairing.villageId)!;
    const id = fixedId('mediationCase', n);
    cases.push({
      id,
      villageId: pairing.villageId,
      year: Number(receivedOn.slice(0, 4)),
      seq: n,
      source: n % 5 === 0 ? 'REFERRAL' : n % 2 === 0 ? 'SCREENING' : 'APPLICATION',
      referrerKind: n % 5 === 0 ? (n % 10 === 0 ? 'COURT' : 'POLICE') : null,
      referrerName: n % 5 === 0 ? (n % 10 === 0 ? '交城县人民法院（演示）' : '交城县公安局天宁派出所（演示）') : null,
      disputeType: type,
      amountFen: intBetween(rnd, 0, 60) * 100_000,
      tier: n % 9 === 0 ? 'DIFFICULT' : n % 13 === 0 ? 'MAJOR' : 'ORDINARY',
      status: plan.status,
      level: plan.level,
      resolvedLevel: plan.resolvedLevel,
      receivedOn,
      acceptedOn,
      closedOn: closed ? addDays(receivedOn, 12) : null,
      closureReason: plan.closureReason,
      summary: `【演示数据】${village.name}村民${applicant.name}与${respondent.name}${TYPE_TEXT[type]}，双方多次协商未果，申请调解。`,
      parties: [
        { id: fixedId('caseParty', n * 2 - 1), personId: applicant.id, person: applicant, role: 'APPLICANT' },
        { id: fixedId('caseParty', n * 2), personId: respondent.id, person: respondent, role: 'RESPONDENT' },
      ],
      adviserIds: [pairing.adviserId],
      sessions: Array.from({ length: plan.sessions }, (_, k) => ({
        id: fixedId('session', n * 10 + k),
        at: `${addDays(acceptedOn ?? receivedOn, 3 + k * 4)}T09:30:00+08:00`,
        place: `${village.name}调解室`,
        mode: k % 2 === 0 ? 'OFFLINE' : 'ONLINE',
        participants: '申请人、被申请人、法律顾问、人民调解员',
        record: `【演示数据】第${k + 1}次调解：听取双方陈述，释明相关法律规定，引导双方互谅互让。`,
      })),
      agreement: plan.agreement
        ? {
            id: fixedId('agreement', n),
            form: n % 4 === 0 ? 'ORAL' : 'WRITTEN',
            content: `【演示数据】经调解，${applicant.name}与${respondent.name}自愿达成如下协议：一、双方按现状确认界址；二、${respondent.name}于三十日内支付补偿款；三、双方不再就此事发生争执。`,
            amountFen: 300_000,
            signedAt: addDays(receivedOn, 12),
            reviewStatus: 'APPROVED',
            performance: n === 1 ? 'PERFORMED' : 'PENDING',
          }
        : null,
      returnVisit: null,
    });
  }
  const { period } = demoSubsidies(now);
  SUBSIDY_CASE_PLANS.forEach((plan, k) => {
    const n = SUBSIDY_CASE_FROM + k;
    const pairing = villagesOf1[k % villagesOf1.length]!;
    const village = villages.find((v) => v.id === pairing.villageId)!;
    const closedOn = subsidyCaseClosedOn(plan, period);
    const receivedOn = addDays(closedOn, -20);
    const type = TYPES[k % TYPES.length]!;
    const applicant = recordOf(people[(n * 2 - 1) % people.length]!);
    const respondent = recordOf(people[(n * 2) % people.length]!);
    cases.push({
      id: fixedId('mediationCase', n),
      villageId: pairing.villageId,
      year: Number(receivedOn.slice(0, 4)),
      seq: n,
      source: 'APPLICATION',
      referrerKind: null,
      referrerName: null,
      disputeType: type,
      amountFen: 200_000,
      tier: plan.tier,
      status: plan.agreement ? 'AGREEMENT_REACHED' : 'FAILED',
      level: 'VILLAGE',
      resolvedLevel: plan.agreement ? 'VILLAGE' : null,
      receivedOn,
      acceptedOn: addDays(receivedOn, 1),
      closedOn,
      closureReason: plan.agreement ? 'AGREEMENT_SIGNED' : 'FAILED',
      summary: `【演示数据】${village.name}村民${applicant.name}与${respondent.name}${TYPE_TEXT[type]}，申请调解。`,
      parties: [
        { id: fixedId('caseParty', n * 2 - 1), personId: applicant.id, person: applicant, role: 'APPLICANT' },
        { id: fixedId('caseParty', n * 2), personId: respondent.id, person: respondent, role: 'RESPONDENT' },
      ],
      adviserIds: [pairing.adviserId],
      sessions: plan.session
        ? [
            {
              id: fixedId('session', n * 10),
              at: `${addDays(receivedOn, 5)}T09:30:00+08:00`,
              place: `${village.name}调解室`,
              mode: 'OFFLINE',
              participants: '申请人、被申请人、法律顾问、人民调解员',
              record: '【演示数据】听取双方陈述，释明相关法律规定，引导双方互谅互让。',
            },
          ]
        : [],
      agreement: plan.agreement
        ? {
            id: fixedId('agreement', n),
            form: plan.agreement,
            content: `【演示数据】经调解，${applicant.name}与${respondent.name}自愿达成协议，${respondent.name}于十五日内支付补偿款。`,
            amountFen: 200_000,
            signedAt: closedOn,
            reviewStatus: plan.reviewed ? 'APPROVED' : 'PENDING',
            performance: plan.performed ? 'PERFORMED' : 'PENDING',
          }
        : null,
      returnVisit: plan.visit
        ? { id: fixedId('returnVisit', n), visitedOn: addDays(closedOn, 10), performance: plan.performed ? 'PERFORMED' : 'NOT_PERFORMED' }
        : null,
    });
  });
  return cases;
}

/** Every case party's own record, in case order: 张建国 as the first case recorded him (party.1's account) first. */
export function demoCasePersons(now: Date = new Date()): SeedCasePerson[] {
  return demoCases(now).flatMap((c) => c.parties.map((p) => p.person));
}
