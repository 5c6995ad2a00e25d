/*
 * Messages of the console polish (issue 14): the page not found, what a save did, icon-only buttons' names.
 * Merged into zh-CN.ts and en.ts; keep zh and en key for key.
 */
export const zh = {
  // What a save did, per resource (react-admin looks up resources.<name>.notifications.created / updated).
  resources: {
    workLogEntries: { notifications: { created: '已记录工作日志', updated: '已保存工作日志' } },
    monthlyChecks: { notifications: { created: '已记录月度检查', updated: '已保存月度检查' } },
    mediationCases: { notifications: { created: '已登记调解案件', updated: '已保存调解案件' } },
    legalAdvisers: { notifications: { created: '已添加法律顾问', updated: '已保存法律顾问信息' } },
    pairings: { notifications: { created: '已建立结对关系', updated: '已保存结对关系' } },
    villages: { notifications: { created: '已添加村（社区）', updated: '已保存村（社区）信息' } },
    regions: { notifications: { created: '已添加区划', updated: '已保存区划信息' } },
    trainings: { notifications: { created: '已记录培训', updated: '已保存培训记录' } },
    consultationMeetings: { notifications: { created: '已记录联席会议', updated: '已保存联席会议' } },
    users: { notifications: { created: '已创建账号', updated: '已保存账号' } },
  },
  fq: {
    not_found: {
      title: '页面不存在',
      body: '您访问的地址没有对应的页面，可能已被移动，或链接有误。',
      home: '返回首页',
    },
  },
};

export const en = {
  // What a save did, per resource (react-admin looks up resources.<name>.notifications.created / updated).
  resources: {
    workLogEntries: { notifications: { created: 'Work log entry recorded', updated: 'Work log entry saved' } },
    monthlyChecks: { notifications: { created: 'Monthly check recorded', updated: 'Monthly check saved' } },
    mediationCases: { notifications: { created: 'Mediation case registered', updated: 'Mediation case saved' } },
    legalAdvisers: { notifications: { created: 'Legal adviser added', updated: 'Legal adviser saved' } },
    pairings: { notifications: { created: 'Pairing made', updated: 'Pairing saved' } },
    villages: { notifications: { created: 'Village added', updated: 'Village saved' } },
    regions: { notifications: { created: 'Region added', updated: 'Region saved' } },
    trainings: { notifications: { created: 'Training recorded', updated: 'Training saved' } },
    consultationMeetings: { notifications: { created: 'Meeting recorded', updated: 'Meeting saved' } },
    users: { notifications: { created: 'Account created', updated: 'Account saved' } },
  },
  fq: {
    not_found: {
      title: 'Page not found',
      body: 'There is no page at this address: it may have moved, or the link is wrong.',
      home: 'Back to the home page',
    },
  },
};
