/*
 * The city tier: the city's inbox of its counties' roster filings (签收 or return) and its dashboard of the counties.
 * Keep zh and en key for key: the i18n test compares the merged catalogues.
 */

export const zh = {
  fq: {
    filings: {
      inbox_title: '各区县名册备案',
      county: '区县',
      status: '状态',
      review: '市局签收',
      reviewed_by: '处理人',
      reviewed_at: '处理时间',
      review_comment: '退回意见',
      awaiting_city: '已报市局，等待签收。',
      acknowledge: '签收',
      acknowledge_title: '签收%{county}第 %{number} 次名册备案',
      acknowledge_hint: '签收后不能更改；如需修改，请区县重新备案。',
      acknowledged: '已签收',
      return: '退回',
      return_title: '退回%{county}第 %{number} 次名册备案',
      return_hint: '写明需要区县改正的内容。区县会看到退回意见，改正后重新备案。',
      return_comment: '退回意见',
      returned: '已退回',
    },
    audit: {
      action: {
        ROSTER_FILING_ACKNOWLEDGED: '签收名册备案',
        ROSTER_FILING_RETURNED: '退回名册备案',
      },
    },
    city: {
      title: '各区县概况',
      county: '区县',
      villages: '村（社区）',
      covered: '已配备',
      coverage: '覆盖率',
      cases: '今年案件',
      resolved: '调解成功',
      chart: '各区县覆盖率',
      none: '辖区内还没有区县。',
    },
  },
};

export const en = {
  fq: {
    filings: {
      inbox_title: 'Counties’ roster filings',
      county: 'County',
      status: 'Status',
      review: 'City acknowledgement',
      reviewed_by: 'Decided by',
      reviewed_at: 'Decided at',
      review_comment: 'Reason for return',
      awaiting_city: 'Filed with the city, awaiting acknowledgement.',
      acknowledge: 'Acknowledge',
      acknowledge_title: 'Acknowledge filing no. %{number} of %{county}',
      acknowledge_hint: 'An acknowledgement is final; to change the roster the county files again.',
      acknowledged: 'Acknowledged',
      return: 'Return',
      return_title: 'Return filing no. %{number} of %{county}',
      return_hint: 'Say what the county should correct. The county sees the reason, corrects it and files again.',
      return_comment: 'Reason for return',
      returned: 'Returned',
    },
    audit: {
      action: {
        ROSTER_FILING_ACKNOWLEDGED: 'Roster filing acknowledged',
        ROSTER_FILING_RETURNED: 'Roster filing returned',
      },
    },
    city: {
      title: 'Counties at a glance',
      county: 'County',
      villages: 'Villages',
      covered: 'With an adviser',
      coverage: 'Coverage',
      cases: 'Cases this year',
      resolved: 'Resolved',
      chart: 'Coverage per county',
      none: 'No county in your jurisdiction yet.',
    },
  },
};
