/*
 * Messages of a township's notice boards printed at once, merged into zh-CN.ts and en.ts.
 * Keep zh and en key for key: the i18n test compares the merged catalogues.
 */
export const zh = {
  fq: {
    noticeBoards: {
      print_township: '打印全部公示牌',
      print_township_hint: '本乡镇每个在册村（社区）一页；暂无法律顾问的村（社区）印出司法所联系方式',
    },
  },
};

export const en: typeof zh = {
  fq: {
    noticeBoards: {
      print_township: 'Print all notice boards',
      print_township_hint:
        'One page per village of the township in service; a village without an adviser gets a page with the judicial office’s contact',
    },
  },
};
