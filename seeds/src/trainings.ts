import { fixedId } from './ids.js';
import { demoRegions, townshipId } from './regions.js';
import { DEMO_PROVIDERS, demoOffices, demoPairings, demoRoster } from './roster.js';

// Trainings and consultation meetings of the demo county in 2026 (generated; no real event).

export const TRAININGS_YEAR = 2026;

export interface SeedTraining {
  id: string;
  kind: 'BUREAU_ANNUAL' | 'VILLAGE_QUARTERLY';
  villageId: string | null;
  townshipId: string | null;
  adviserId: string | null;
  title: string;
  topics: Array<'ETHICS' | 'DISCIPLINE' | 'MEDIATION_SKILLS' | 'CASE_FILES'>;
  /** ISO instant with the +08:00 offset. */
  at: string;
  year: number;
  quarter: number;
  venue: string;
  mode: 'OFFLINE' | 'ONLINE';
  cadres: number;
  gridWorkers: number;
  mediators: number;
  legalUnderstanding: number;
  others: number;
  notes: string;
  /** Advisers who attended (the annual training). */
  attendeeIds: string[];
}

const LECTURES = [
  '民法典婚姻家庭编与家事纠纷调解',
  '宅基地与相邻关系纠纷的法律规定',
  '人民调解法与调解协议的效力',
  '土地承包经营权流转常见纠纷',
  '农民工工资支付与劳动争议',
  '道路交通事故损害赔偿',
  '防范电信网络诈骗',
  '司法确认程序与调解协议履行',
];

/**
 * Quarterly village trainings of 天宁镇 for the first three quarters of 2026, given by each village's adviser; a few
 * village-quarters are left without one so that the compliance grid shows gaps. Their photo is a generated placeholder,
 * written by `npm start` when it seeds (the test template has none); trainings recorded through the API need a real one.
 */
export function demoVillageTrainings(): SeedTraining[] {
  const tianning = townshipId('tianning');
  const villages = demoRegions().filter((r) => r.parentId === tianning);
  const adviserOf = new Map(demoPairings().map((p) => [p.villageId, p.adviserId]));
  const out: SeedTraining[] = [];
  let n = 0;
  villages.forEach((v, vi) => {
    const adviserId = adviserOf.get(v.id);
    if (!adviserId) return;
    for (const quarter of [1, 2, 3]) {
      // Gaps: the last village never trained; every fourth village skipped Q2; the third village skipped Q3.
      if (vi === villages.length - 1 || (vi % 4 === 3 && quarter === 2) || (vi === 2 && quarter === 3)) continue;
      n += 1;
      const month = (quarter - 1) * 3 + 1 + (vi % 3);
      const day = 5 + ((vi * 7 + quarter * 3) % 20);
      out.push({
        id: fixedId('training', n),
        kind: 'VILLAGE_QUARTERLY',
        villageId: v.id,
        townshipId: tianning,
        adviserId,
        title: LECTURES[(vi + quarter) % LECTURES.length]!,
        topics: [],
        at: `${TRAININGS_YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${vi % 2 ? '14' : '09'}:30:00+08:00`,
        year: TRAININGS_YEAR,
        quarter,
        venue: `${v.name}${v.kind === 'COMMUNITY' ? '居委会' : '村委会'}会议室`,
        mode: 'OFFLINE',
        cadres: 3 + (vi % 4),
        gridWorkers: 2 + (vi % 3),
        mediators: 3 + ((vi + quarter) % 3),
        legalUnderstanding: 4 + ((vi * quarter) % 5),
        others: (vi * 3 + quarter) % 12,
        notes: '演示数据：照片为生成的占位图',
        attendeeIds: [],
      });
    }
  });
  return out;
}

/** The bureau's 2026 annual training: every adviser on the roster by then but three attended. */
export function demoAnnualTraining(): SeedTraining {
  const roster = demoRoster().filter((a) => a.joinedOn <= `${TRAININGS_YEAR}-04-15`);
  return {
    id: fixedId('training', 9001),
    kind: 'BUREAU_ANNUAL',
    villageId: null,
    townshipId: null,
    adviserId: null,
    title: '2026年度村（社区）法律顾问调解业务培训',
    topics: ['ETHICS', 'DISCIPLINE', 'MEDIATION_SKILLS', 'CASE_FILES'],
    at: `${TRAININGS_YEAR}-04-16T09:00:00+08:00`,
    year: TRAININGS_YEAR,
    quarter: 2,
    venue: '交城县司法局三楼会议室',
    mode: 'OFFLINE',
    cadres: 0,
    gridWorkers: 0,
    mediators: 0,
    legalUnderstanding: 0,
    others: 0,
    notes: '演示数据',
    attendeeIds: roster.filter((_, i) => i % 11 !== 10).map((a) => a.id),
  };
}

export interface SeedMeeting {
  id: string;
  title: string;
  at: string;
  venue: string;
  agenda: string;
  minutes: string;
  decisions: string;
  participants: Array<{ id: string; kind: 'OFFICE' | 'PROVIDER' | 'VILLAGE'; refId: string; name: string }>;
  actionItems: Array<{
    id: string;
    title: string;
    ownerKind: 'OFFICE' | 'PROVIDER' | 'BUREAU';
    ownerOfficeId: string | null;
    ownerProviderId: string | null;
    ownerName: string;
    dueOn: string;
    status: 'OPEN' | 'DONE';
    doneAt: string | null;
    note: string | null;
  }>;
}

/**
 * Two consultation meetings (会商). 天宁司法所 took part in the first only, 夏家营司法所 in both. Action items: one owned
 * by 天宁司法所 (open, due in December), one overdue (a law firm's, open, due in September), one done.
 */
export function demoMeetings(): SeedMeeting[] {
  const offices = demoOffices();
  const office = (key: string) => offices.find((o) => o.townshipId === townshipId(key))!;
  const tianning = office('tianning');
  const xiajiaying = office('xiajiaying');
  const xiying = office('xiying');
  const firm = DEMO_PROVIDERS[0]!;
  const firm2 = DEMO_PROVIDERS[1]!;
  const village = demoRegions().find((r) => r.parentId === townshipId('tianning'))!;
  let p = 0;
  const part = (kind: 'OFFICE' | 'PROVIDER' | 'VILLAGE', refId: string, name: string) => {
    p += 1;
    return { id: fixedId('meetingParticipant', p), kind, refId, name };
  };
  return [
    {
      id: fixedId('meeting', 1),
      title: '2026年第三季度村（社区）法律顾问工作会商会',
      at: `${TRAININGS_YEAR}-07-10T09:30:00+08:00`,
      venue: '交城县司法局三楼会议室',
      agenda: '一、通报上半年法律顾问履职情况；二、研究季度法治培训未开展村（社区）的整改；三、部署矛盾纠纷排查化解工作',
      minutes: '（演示数据）与会各司法所、律师事务所汇报了上半年工作，部分村（社区）第二季度未开展法治培训。',
      decisions: '一、未开展培训的村（社区）于8月底前补训；二、律师事务所协助制作规范调解案卷范本。',
      participants: [
        part('OFFICE', tianning.id, tianning.name),
        part('OFFICE', xiajiaying.id, xiajiaying.name),
        part('PROVIDER', firm.id, firm.name),
        part('VILLAGE', village.id, village.name),
      ],
      actionItems: [
        {
          id: fixedId('actionItem', 1),
          title: '督促辖区未开展季度法治培训的村（社区）补训',
          ownerKind: 'OFFICE',
          ownerOfficeId: tianning.id,
          ownerProviderId: null,
          ownerName: tianning.name,
          dueOn: `${TRAININGS_YEAR}-12-15`,
          status: 'OPEN',
          doneAt: null,
          note: '已督促两个村补训（演示数据）',
        },
        {
          id: fixedId('actionItem', 2),
          title: '制作人民调解案卷规范范本并发各司法所',
          ownerKind: 'PROVIDER',
          ownerOfficeId: null,
          ownerProviderId: firm.id,
          ownerName: firm.name,
          dueOn: `${TRAININGS_YEAR}-09-30`,
          status: 'OPEN',
          doneAt: null,
          note: null,
        },
        {
          id: fixedId('actionItem', 3),
          title: '汇总夏家营镇矛盾纠纷排查台账',
          ownerKind: 'OFFICE',
          ownerOfficeId: xiajiaying.id,
          ownerProviderId: null,
          ownerName: xiajiaying.name,
          dueOn: `${TRAININGS_YEAR}-09-15`,
          status: 'DONE',
          doneAt: `${TRAININGS_YEAR}-09-12T11:00:00+08:00`,
          note: null,
        },
      ],
    },
    {
      id: fixedId('meeting', 2),
      title: '2026年第四季度法律顾问调解工作推进会商会',
      at: `${TRAININGS_YEAR}-10-15T14:30:00+08:00`,
      venue: '交城县司法局三楼会议室',
      agenda: '一、通报前三季度工作日志审核情况；二、研究司法确认推进工作；三、年度考核准备',
      minutes: '（演示数据）会议通报了前三季度情况，研究了司法确认工作。',
      decisions: '一、各所年底前完成本年度考核材料；二、局机关拟定年度考核细则。',
      participants: [part('OFFICE', xiajiaying.id, xiajiaying.name), part('OFFICE', xiying.id, xiying.name), part('PROVIDER', firm2.id, firm2.name)],
      actionItems: [
        {
          id: fixedId('actionItem', 4),
          title: '报送本所年度考核材料',
          ownerKind: 'OFFICE',
          ownerOfficeId: xiying.id,
          ownerProviderId: null,
          ownerName: xiying.name,
          dueOn: `${TRAININGS_YEAR}-12-20`,
          status: 'OPEN',
          doneAt: null,
          note: null,
        },
        {
          id: fixedId('actionItem', 5),
          title: '拟定2026年度村（社区）法律顾问考核细则',
          ownerKind: 'BUREAU',
          ownerOfficeId: null,
          ownerProviderId: null,
          ownerName: '交城县司法局',
          dueOn: `${TRAININGS_YEAR}-11-30`,
          status: 'OPEN',
          doneAt: null,
          note: null,
        },
      ],
    },
  ];
}
