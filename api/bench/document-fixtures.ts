// The largest documents the bureau realistically prints, built in memory (no database), for `bench/documents.ts` and
// the test that the event loop stays free while one renders. Deterministic: the same sizes give the same bytes in.
import type { CaseFile } from '../src/modules/mediation-case/case-file.pdf.js';
import type { LedgerRow } from '../src/modules/mediation-case/case-ledger.xlsx.js';
import { LEDGER_MAX } from '../src/modules/mediation-case/case.service.js';
import type { NoticeBoard } from '../src/modules/notice-board/notice-board.service.js';
import { QuarterStatus, TrainingMode, TrainingTopic } from '../src/modules/training/training.enums.js';
import type { TrainingWorkbookData } from '../src/modules/training/training.xlsx.js';
import type { LogRow, MonthlyLog } from '../src/modules/work-log/work-log.export.js';

/** A small deterministic generator (LCG), so every run renders the same text. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强文博宇轩浩然子涵梓萱一诺欣怡思远';
const PLACES = ['城东', '西关', '南街', '北坪', '石门', '柳溪', '桃源', '青山', '龙泉', '白沙', '新华', '红旗', '枫林', '金川', '凤鸣'];
const SENTENCES = [
  '双方当事人因宅基地边界问题发生争执，经村委会多次协调未果，遂申请人民调解委员会进行调解。',
  '调解员向双方当事人宣讲了《中华人民共和国民法典》关于相邻关系的规定，引导双方本着互谅互让的原则协商解决。',
  '申请人称被申请人在其承包地边缘修建围墙，占用其土地约二十平方米，要求拆除围墙并恢复原状。',
  '被申请人辩称围墙系按照一九九八年确权时的界址修建，并未占用申请人土地，并出示了当年的土地承包合同。',
  '调解员会同村组干部实地查看现场，调取了土地确权档案，并听取了相邻农户的陈述。',
  '经反复做工作，双方同意以确权图纸为准重新测量，由村委会组织测量人员现场确定界址。',
  '双方当事人对调解结果表示满意，当场签订了人民调解协议书，并表示今后和睦相处。',
  '法律顾问对协议内容进行了审查，认为协议内容不违反法律、行政法规的强制性规定，不违背公序良俗。',
];

export const personName = (r: ReturnType<typeof random>) => r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.next() < 0.6 ? r.pick([...GIVEN]) : '');
const text = (r: ReturnType<typeof random>, chars: number) => {
  let out = '';
  while (out.length < chars) out += r.pick(SENTENCES);
  return out.slice(0, chars);
};
const date = (r: ReturnType<typeof random>, year: number) =>
  `${year}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;

/** A county's (or a city's) case ledger at its cap: LEDGER_MAX rows. */
export function bigLedger(rows = LEDGER_MAX): LedgerRow[] {
  const r = random(1);
  const statuses = ['REGISTERED', 'ACCEPTED', 'IN_MEDIATION', 'AGREEMENT_REACHED', 'FAILED', 'WITHDRAWN', 'REFERRED'];
  return Array.from({ length: rows }, (_, i) => {
    const closed = r.next() < 0.7;
    return {
      caseNo: `（2026）晋0523民调字第${String(i + 1).padStart(4, '0')}号`,
      township: `${r.pick(PLACES)}镇`,
      village: `${r.pick(PLACES)}村`,
      source: r.pick(['SCREENING', 'APPLICATION', 'REFERRAL']),
      referrer: r.next() < 0.1 ? '县人民法院' : null,
      disputeType: r.pick(['MARRIAGE_FAMILY', 'NEIGHBOUR', 'HOUSING_HOMESTEAD', 'CONTRACT', 'DAMAGES', 'LABOUR']),
      tier: r.pick(['ORDINARY', 'DIFFICULT', 'MAJOR']),
      amountFen: r.int(50_000_000),
      receivedOn: date(r, 2026),
      acceptedOn: date(r, 2026),
      status: r.pick(statuses),
      level: r.pick(['VILLAGE', 'TOWNSHIP', 'COUNTY']),
      closedOn: closed ? date(r, 2026) : null,
      closureReason: closed ? 'AGREEMENT_SIGNED' : null,
      resolvedLevel: closed ? 'VILLAGE' : null,
      overdue: r.next() < 0.05,
      advisers: [personName(r), ...(r.next() < 0.3 ? [personName(r)] : [])],
      parties: [`${r.pick([...SURNAMES])}*`, `${r.pick([...SURNAMES])}*${r.pick([...GIVEN])}`],
      agreementForm: closed ? 'WRITTEN' : null,
      signedAt: closed ? date(r, 2026) : null,
      performance: closed ? 'PERFORMED' : null,
    };
  });
}

/** A long 调解卷宗: the longest summary, many sessions with long records, the longest agreement (the input limits). */
export function longCaseFile(sessions = 30): CaseFile {
  const r = random(2);
  return {
    caseNo: '（2026）晋0523民调字第0001号',
    village: '城东社区',
    township: '天宁镇',
    fields: [
      ['案件来源', '申请调解'],
      ['纠纷类型', '房屋宅基地'],
      ['收案日期', '2026-03-02'],
      ['受理日期', '2026-03-03'],
      ['办理状态', '达成协议'],
    ],
    parties: Array.from({ length: 6 }, (_, i) => ({
      role: i % 2 ? '被申请人' : '申请人',
      name: personName(r),
      phone: `139${String(r.int(1e8)).padStart(8, '0')}`,
      idNumber: `1405251980${String(r.int(1e8)).padStart(8, '0')}`,
      address: `天宁镇${r.pick(PLACES)}村${1 + r.int(40)}号`,
    })),
    advisers: [personName(r), personName(r)],
    summary: text(r, 5000),
    sessions: Array.from({ length: sessions }, (_, i) => ({
      when: `2026-03-${String(3 + (i % 25)).padStart(2, '0')} 09:30`,
      place: '天宁镇人民调解委员会',
      mode: '现场调解',
      participants: Array.from({ length: 5 }, () => personName(r)).join('、'),
      record: text(r, 4000),
    })),
    agreement: {
      fields: [
        ['协议形式', '书面协议'],
        ['签订日期', '2026-04-01'],
      ],
      content: text(r, 20_000),
      reviewComment: text(r, 300),
    },
  };
}

export interface TrainingFixture {
  villages: number;
  villageTrainings: number;
  advisers: number;
}

/** A city's region: about 2,700 villages (a province of 30,000 in 11 cities), four trainings each, 1,400 advisers. */
export const CITY: TrainingFixture = { villages: 2700, villageTrainings: 10_800, advisers: 1400 };

/** The data of the trainings workbook of a region of the given size (a year whose four quarters have ended). */
export function regionTrainings(size: TrainingFixture = CITY): TrainingWorkbookData {
  const r = random(3);
  const townships = Array.from({ length: Math.ceil(size.villages / 20) }, (_, i) => ({ id: `t${i}`, name: `${PLACES[i % PLACES.length]}${i}镇` }));
  const villages = Array.from({ length: size.villages }, (_, i) => ({
    id: `v${i}`,
    name: `${r.pick(PLACES)}${i}村`,
    townshipId: townships[i % townships.length]!.id,
  }));
  const status = () => (r.next() < 0.9 ? QuarterStatus.DONE : QuarterStatus.MISSING);
  const at = (q: number) => new Date(Date.UTC(2026, q * 3 + r.int(3), 1 + r.int(28), 1 + r.int(8)));
  const training = (i: number, kind: string) => ({
    id: `${kind}${i}`,
    title: `${r.pick(['民法典', '反家庭暴力法', '土地管理法', '人民调解法'])}专题法治培训`,
    at: at(i % 4),
    venue: `${r.pick(PLACES)}村委会会议室`,
    mode: r.next() < 0.2 ? TrainingMode.ONLINE : TrainingMode.OFFLINE,
    cadres: r.int(10),
    gridWorkers: r.int(10),
    mediators: r.int(6),
    legalUnderstanding: r.int(8),
    others: r.int(5),
    topics: [TrainingTopic.ETHICS, TrainingTopic.MEDIATION_SKILLS],
  });
  const annual = Array.from({ length: 12 }, (_, i) => training(i, 'a'));
  const rows = villages.map((v) => {
    const quarters = [1, 2, 3, 4].map((quarter) => {
      const s = status();
      return { quarter, status: s, trainingCount: s === QuarterStatus.DONE ? 1 + (r.next() < 0.1 ? 1 : 0) : 0 };
    });
    const doneCount = quarters.filter((q) => q.status === 'DONE').length;
    return { village: { id: v.id, name: v.name }, townshipId: v.townshipId, quarters, doneCount, missingCount: 4 - doneCount };
  });
  const done = rows.reduce((s, x) => s + x.doneCount, 0);
  return {
    compliance: {
      year: 2026,
      regionName: '某市',
      quartersEnded: 4,
      villageCount: villages.length,
      required: villages.length * 4,
      done,
      missing: villages.length * 4 - done,
      rows,
    },
    villageTrainings: Array.from({ length: size.villageTrainings }, (_, i) => {
      const v = villages[i % villages.length]!;
      return {
        training: training(i, 'v'),
        township: townships.find((t) => t.id === v.townshipId)!.name,
        village: v.name,
        adviser: personName(r),
        photoCount: r.int(6),
      };
    }),
    annual,
    attendance: Array.from({ length: size.advisers }, () => {
      const trainings = annual.filter(() => r.next() < 0.3);
      return { adviser: { name: personName(r), profession: 'LAWYER' }, attended: trainings.length > 0, trainings };
    }),
    townshipNames: new Map(townships.map((t) => [t.id, t.name])),
    adviserNames: new Map(villages.map((v) => [v.id, personName(r)])),
  };
}

/** Work-log rows of a month: `count` entries across a county's advisers. */
export function logRows(count: number): LogRow[] {
  const r = random(4);
  const advisers = Array.from({ length: Math.max(1, Math.ceil(count / 30)) }, () => personName(r));
  return Array.from({ length: count }, (_, i) => ({
    adviser: advisers[Math.floor(i / 30)]!,
    at: `2026-05-${String(1 + (i % 28)).padStart(2, '0')} 10:00`,
    village: `${r.pick(PLACES)}村`,
    category: r.pick(['法律咨询', '矛盾纠纷排查', '法治宣传', '人民调解']),
    mode: r.pick(['线下', '线上']),
    personServed: personName(r),
    phone: `138${String(r.int(1e8)).padStart(8, '0')}`,
    matter: text(r, 30),
    content: text(r, 200),
    durationMin: 10 + r.int(120),
    caseNo: r.next() < 0.1 ? '（2026）晋0523民调字第0001号' : '',
    venue: '',
    attendeeCount: '',
  }));
}

/** One adviser's busiest month, printed for signature. */
export function longMonthlyLog(entries = 300): MonthlyLog {
  return {
    title: '村（社区）法律顾问工作日志',
    month: '2026年5月',
    adviser: '张三',
    township: '天宁镇',
    status: '已审核',
    submittedAt: '2026-06-01 09:00',
    late: false,
    reviewComment: '记录完整',
    reviewedBy: '天宁镇司法所',
    rows: logRows(entries).map((x) => ({ ...x, adviser: '张三' })),
  };
}

/** An ordinary notice board: one A4 page, no photo on file. */
export function noticeBoard(): NoticeBoard {
  return {
    date: '2026-05-20',
    county: '某县',
    township: '天宁镇',
    village: { id: 'v1', name: '城东社区', code: '140525100001' },
    adviser: {
      id: 'a1',
      name: '张三',
      profession: '律师',
      provider: '某某律师事务所',
      phone: '13900000000',
      serviceScope: '法律咨询、矛盾纠纷排查与调解、调解协议把关、法治宣传',
    },
    serviceMode: '线上+线下，按需到村服务',
    photo: null,
    office: { name: '天宁镇司法所', phone: '0356-1234567' },
    qrUrl: 'https://example.invalid/a1',
  };
}
