import { DEMO_ACCOUNTS, DEMO_ADVISERS } from './accounts.js';
import { demoCases } from './cases.js';
import { fixedId } from './ids.js';
import { pick, seededRandom } from './random.js';
import { demoRegions, townshipId } from './regions.js';
import { demoPairings } from './roster.js';

export interface SeedWorkLogEntry {
  id: string;
  adviserId: string;
  villageId: string;
  townshipId: string;
  at: string;
  month: string;
  category: 'CONSULTATION' | 'MEDIATION' | 'AGREEMENT_REVIEW' | 'SCREENING' | 'DOCUMENT_DRAFTING' | 'LEGAL_OPINION' | 'OTHER';
  mode: 'ONLINE' | 'OFFLINE';
  personServed: string;
  phone: string;
  matter: string;
  content: string;
  durationMin: number;
  caseId: string | null;
  /** The adviser's account; the bureau's for advisers without one. */
  createdById: string;
}

export interface SeedMonthlyReport {
  id: string;
  adviserId: string;
  month: string;
  townshipId: string;
  status: 'SUBMITTED' | 'RETURNED' | 'APPROVED';
  deadline: string;
  submittedAt: string;
  late: boolean;
  submittedById: string;
  reviewComment: string | null;
  reviewedById: string | null;
  reviewedAt: string | null;
}

export interface SeedMonthlyCheck {
  id: string;
  adviserId: string;
  month: string;
  townshipId: string;
  logComplete: boolean;
  trainingOnTrack: boolean;
  noticeBoardPosted: boolean;
  casesFollowedUp: boolean;
  rating: 'EXCELLENT' | 'GOOD' | 'FAIR' | 'POOR';
  notes: string;
  checkedById: string;
  checkedAt: string;
  highlights: Array<{ id: string; title: string; text: string; modelCase: boolean; markedById: string | null; markedAt: string | null }>;
}

export interface DemoWorkLogs {
  /** The two months before the current one (Asia/Shanghai): `older` approved for adviser.1, `previous` awaiting review. */
  months: { older: string; previous: string; current: string };
  entries: SeedWorkLogEntry[];
  reports: SeedMonthlyReport[];
  checks: SeedMonthlyCheck[];
}

function shanghaiMonth(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 7);
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const day = (month: string, d: number, time: string) => `${month}-${String(d).padStart(2, '0')}T${time}:00+08:00`;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '郭', '任', '武', '田', '韩'];
const GIVEN = ['建华', '秀珍', '志强', '桂英', '海军', '玉兰', '永红', '金保', '润莲', '俊峰'];
const SERVICES: Array<{ category: SeedWorkLogEntry['category']; matter: string; content: string; minutes: number }> = [
  {
    category: 'CONSULTATION',
    matter: '土地承包经营权流转咨询',
    content: '【演示数据】解答土地流转合同期限、租金支付方式及违约责任等问题，建议签订书面合同。',
    minutes: 40,
  },
  {
    category: 'SCREENING',
    matter: '村内矛盾纠纷排查',
    content: '【演示数据】会同村调委会走访重点户，排查邻里、婚姻家庭类矛盾隐患，建立台账。',
    minutes: 120,
  },
  { category: 'CONSULTATION', matter: '赡养义务咨询', content: '【演示数据】释明子女赡养义务及赡养费确定标准，引导家庭成员协商。', minutes: 30 },
  {
    category: 'DOCUMENT_DRAFTING',
    matter: '代写借款合同',
    content: '【演示数据】根据双方约定代为起草借款合同，提示利率上限及担保条款。',
    minutes: 60,
  },
  {
    category: 'LEGAL_OPINION',
    matter: '村集体合同审查',
    content: '【演示数据】审查村集体厂房租赁合同，就租期、续租及违约条款出具法律意见。',
    minutes: 90,
  },
  {
    category: 'AGREEMENT_REVIEW',
    matter: '调解协议合法性审查',
    content: '【演示数据】对调委会拟定的协议文本进行合法性审查，提出修改意见。',
    minutes: 45,
  },
  {
    category: 'CONSULTATION',
    matter: '劳务报酬追讨咨询',
    content: '【演示数据】告知劳务报酬追讨途径，指导收集务工证据，必要时申请法律援助。',
    minutes: 35,
  },
  { category: 'OTHER', matter: '参加村两委会议', content: '【演示数据】列席村两委会议，就村规民约修订提出法律建议。', minutes: 80 },
];

/**
 * Work logs for the two months before `now`: adviser.1 (李明华, 天宁镇) has the older month approved and the previous
 * one submitted and awaiting 天宁司法所's review, and nothing yet in the current month; adviser.2 has the older month
 * approved (submitted late) and the previous one still a draft; two advisers of other townships have drafts in both. 天宁司法所 checked both its advisers for the older month; one highlight is a model case.
 */
export function demoWorkLogs(now: Date = new Date()): DemoWorkLogs {
  const current = shanghaiMonth(now);
  const previous = previousMonth(current);
  const older = previousMonth(previous);
  const rnd = seededRandom(5150);
  const regions = new Map(demoRegions().map((r) => [r.id, r]));
  const pairings = demoPairings();
  const adviser1 = DEMO_ADVISERS[0]!.id;
  const adviser2 = DEMO_ADVISERS[1]!.id;
  const townshipOf = (villageId: string) => regions.get(villageId)!.parentId!;
  const firstAdviserIn = (key: string) => pairings.find((p) => townshipOf(p.villageId) === townshipId(key))!.adviserId;
  const advisers = [adviser1, adviser2, firstAdviserIn('xiajiaying'), firstAdviserIn('shuiyuguan')];
  const case1 = demoCases()[0]!;
  const office = DEMO_ACCOUNTS.find((a) => a.username === 'office.tianning')!.id;
  const bureau = DEMO_ACCOUNTS.find((a) => a.username === 'bureau')!.id;
  const user1 = DEMO_ACCOUNTS.find((a) => a.username === 'adviser.1')!.id;
  const user2 = DEMO_ACCOUNTS.find((a) => a.username === 'adviser.2')!.id;

  const entries: SeedWorkLogEntry[] = [];
  let n = 0;
  for (const [ai, adviserId] of advisers.entries()) {
    const villages = pairings.filter((p) => p.adviserId === adviserId).map((p) => p.villageId);
    const townshipVillages = villages.filter((v) => townshipOf(v) === townshipOf(villages[0]!));
    for (const month of [older, previous]) {
      const count = ai === 0 ? 8 : 5;
      for (let k = 0; k < count; k += 1) {
        n += 1;
        const service = SERVICES[(k + ai) % SERVICES.length]!;
        const linked = ai === 0 && k === 1;
        const villageId = linked ? case1.villageId : townshipVillages[k % townshipVillages.length]!;
        entries.push({
          id: fixedId('workLogEntry', n),
          adviserId,
          villageId,
          townshipId: townshipOf(villageId),
          at: day(month, 2 + k * 3, `${String(9 + (k % 6)).padStart(2, '0')}:${k % 2 ? '30' : '00'}`),
          month,
          category: linked ? 'MEDIATION' : service.category,
          mode: k % 3 === 2 ? 'ONLINE' : 'OFFLINE',
          personServed: `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}`,
          phone: `1583580${String(n).padStart(4, '0')}`,
          matter: linked ? `参与调解（${case1.year}）交调字第${case1.seq}号案件` : service.matter,
          content: linked ? '【演示数据】到场主持调解，听取双方意见并释法说理（案件详情见调解卷宗，不在日志中记载）。' : service.content,
          durationMin: linked ? 150 : service.minutes,
          caseId: linked ? case1.id : null,
          createdById: ai === 0 ? user1 : ai === 1 ? user2 : bureau,
        });
      }
    }
  }

  const tianning = townshipId('tianning');
  const reports: SeedMonthlyReport[] = [
    {
      id: fixedId('monthlyReport', 1),
      adviserId: adviser1,
      month: older,
      townshipId: tianning,
      status: 'APPROVED',
      deadline: `${previous}-05`,
      submittedAt: day(previous, 3, '10:00'),
      late: false,
      submittedById: user1,
      reviewComment: '日志记录完整，同意。',
      reviewedById: office,
      reviewedAt: day(previous, 6, '15:00'),
    },
    {
      id: fixedId('monthlyReport', 2),
      adviserId: adviser1,
      month: previous,
      townshipId: tianning,
      status: 'SUBMITTED',
      deadline: `${current}-05`,
      submittedAt: day(previous, 28, '18:00'),
      late: false,
      submittedById: user1,
      reviewComment: null,
      reviewedById: null,
      reviewedAt: null,
    },
    {
      id: fixedId('monthlyReport', 3),
      adviserId: adviser2,
      month: older,
      townshipId: tianning,
      status: 'APPROVED',
      deadline: `${previous}-05`,
      submittedAt: day(previous, 8, '09:00'),
      late: true,
      submittedById: user2,
      reviewComment: '请按时报送。',
      reviewedById: office,
      reviewedAt: day(previous, 9, '11:00'),
    },
  ];

  const checks: SeedMonthlyCheck[] = [
    {
      id: fixedId('monthlyCheck', 1),
      adviserId: adviser1,
      month: older,
      townshipId: tianning,
      logComplete: true,
      trainingOnTrack: true,
      noticeBoardPosted: true,
      casesFollowedUp: true,
      rating: 'EXCELLENT',
      notes: '【演示数据】日志完整，调解案件跟进及时。',
      checkedById: office,
      checkedAt: day(previous, 7, '10:00'),
      highlights: [
        {
          id: fixedId('highlight', 1),
          title: '宅基地纠纷就地化解',
          text: '【演示数据】法律顾问驻村调解宅基地界址纠纷，当月签订书面协议并履行完毕。',
          modelCase: true,
          markedById: bureau,
          markedAt: day(previous, 12, '09:30'),
        },
      ],
    },
    {
      id: fixedId('monthlyCheck', 2),
      adviserId: adviser2,
      month: older,
      townshipId: tianning,
      logComplete: true,
      trainingOnTrack: false,
      noticeBoardPosted: true,
      casesFollowedUp: true,
      rating: 'GOOD',
      notes: '【演示数据】季度培训尚未在全部结对村开展，请本季度内补齐。',
      checkedById: office,
      checkedAt: day(previous, 9, '11:30'),
      highlights: [
        {
          id: fixedId('highlight', 2),
          title: '线上咨询覆盖山区群众',
          text: '【演示数据】通过微信群为外出务工人员提供线上法律咨询。',
          modelCase: false,
          markedById: null,
          markedAt: null,
        },
      ],
    },
  ];
  return { months: { older, previous, current }, entries, reports, checks };
}
