/*
 * Messages of the home pages' work (首页待办), the case list's finding filters and a case's timeline, merged into
 * zh-CN.ts and en.ts. Keep zh and en key for key: the i18n test compares the merged catalogues.
 */
export const zh = {
  fq: {
    home: {
      title: '今日待办',
      open: '%{count} 项需要处理',
      none: '暂无需要处理的事项',
      report_line: '%{month}',
      deadline: '截止 %{deadline}',
      entries: '%{count} 条日志',
      count: '%{count} 条',
    },
    caseStats: {
      click_hint: '点击柱条查看对应案件',
    },
    cases: {
      filter_overdue: '超期未结',
      filter_confirmation: '司法确认即将到期',
      timeline: {
        title: '案件进程',
        empty: '暂无记录',
        created: '录入系统',
        received: '收案',
        accepted: '受理',
        deadline: '办结期限',
        session: '调解（%{venue}）',
        agreement_signed: '达成协议（%{form}）',
        agreement_reviewed: '协议把关：%{status}',
        confirmation_applied: '申请司法确认（%{court}）',
        confirmation_decided: '司法确认结果：%{result}',
        confirmation_deadline: '司法确认申请期限',
        return_visit: '回访：%{performance}',
        reassigned: '改派法律顾问',
        closed: '结案：%{reason}',
      },
    },
  },
  resources: {
    mediationCases: {
      fields: {
        adviserId: '承办法律顾问',
        overdue: '超期未结',
        confirmationDueSoon: '司法确认即将到期',
      },
    },
  },
};

export const en = {
  fq: {
    home: {
      title: 'Today’s work',
      open: '%{count} need attention',
      none: 'Nothing needs attention',
      report_line: '%{month}',
      deadline: 'due %{deadline}',
      entries: '%{count} entries',
      count: '%{count} rows',
    },
    caseStats: {
      click_hint: 'Click a bar to open its cases',
    },
    cases: {
      filter_overdue: 'Overdue',
      filter_confirmation: 'Confirmation closing',
      timeline: {
        title: 'Timeline',
        empty: 'Nothing recorded yet',
        created: 'Entered in the system',
        received: 'Received',
        accepted: 'Accepted',
        deadline: 'Mediation deadline',
        session: 'Session (%{venue})',
        agreement_signed: 'Agreement reached (%{form})',
        agreement_reviewed: 'Agreement reviewed: %{status}',
        confirmation_applied: 'Judicial confirmation applied for (%{court})',
        confirmation_decided: 'Judicial confirmation: %{result}',
        confirmation_deadline: 'Last day to apply for judicial confirmation',
        return_visit: 'Return visit: %{performance}',
        reassigned: 'Adviser reassigned',
        closed: 'Closed: %{reason}',
      },
    },
  },
  resources: {
    mediationCases: {
      fields: {
        adviserId: 'Adviser',
        overdue: 'Overdue',
        confirmationDueSoon: 'Confirmation closing',
      },
    },
  },
};
