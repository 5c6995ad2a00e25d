/*
 * Labels of the subsidy document downloads (statement PDF, payment sheet), merged into zh-CN.ts and en.ts.
 * Keep zh and en key for key: the i18n test compares the merged catalogues.
 */
export const zh = {
  fq: {
    subsidy_documents: {
      statement_pdf: '下载补贴清单（PDF）',
      payments_xlsx: '下载发放明细表（Excel）',
    },
  },
};

export const en = {
  fq: {
    subsidy_documents: {
      statement_pdf: 'Download the statement (PDF)',
      payments_xlsx: 'Download the payment sheet (Excel)',
    },
  },
};
