/*
 * Messages of the analyst's suppressed figures (small-cell suppression), merged into zh-CN.ts and en.ts.
 * Keep zh and en key for key: the i18n test compares the merged catalogues.
 */
export const zh = {
  fq: {
    suppression: {
      small: '少于 3，不公布',
      withheld: '为防止由合计推算出小数字而隐藏',
      note: '为保护个人信息，少于 3 的数字显示为“<3”；标“x”的数字同时隐藏，使合计无法推算出它们。0 一般照常公布，只在别无他法时也显示为“<3”。',
      period: '统计周期',
      period_kind: '周期',
      year: '年度',
      month_number: '%{number} 月',
      quarter_number: '第 %{number} 季度',
      by_region: '按下级地区',
      region: '地区',
      count: '件数',
      withheld_amount: '不公布',
      heading: '%{region} 调解案件统计（%{period}）',
      subtitle: '按受理日期，统计周期为整月、整季或整年；只有数字，没有个人信息和保密内容。',
      grades_heading: '%{county} %{year} 年度考核等次分布',
      grades_subtitle: '按乡镇统计各等次的法律顾问人数，不含任何顾问的姓名或分数。',
      township: '乡镇',
      total: '合计',
      no_townships: '没有可显示的乡镇',
    },
  },
};

export const en = {
  fq: {
    suppression: {
      small: 'Fewer than 3, not published',
      withheld: 'Withheld so that no total reveals a small count',
      note: 'To protect individuals, counts under 3 read "<3", and counts marked "x" are withheld as well so that no total lets them be worked out. Zero is published, unless nothing else can protect a small count; then it too reads "<3".',
      period: 'Period',
      period_kind: 'Period',
      year: 'Year',
      month_number: 'Month %{number}',
      quarter_number: 'Quarter %{number}',
      by_region: 'By region one level down',
      region: 'Region',
      count: 'Cases',
      withheld_amount: 'Not published',
      heading: 'Mediation cases: %{region}, %{period}',
      subtitle: 'By date received, for a whole month, quarter or year; counts only, no personal data or confidential text.',
      grades_heading: '%{county}: assessment grades %{year}',
      grades_subtitle: 'Advisers per grade by township; no adviser named, no score.',
      township: 'Township',
      total: 'Total',
      no_townships: 'No township to show',
    },
  },
};
