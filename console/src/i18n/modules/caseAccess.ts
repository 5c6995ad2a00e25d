/*
 * Messages of a case's access log (查阅记录) and of a written agreement's signed scan, merged into zh-CN.ts and en.ts.
 * Keep zh and en key for key: the i18n test compares the merged catalogues.
 */
export const zh = {
  fq: {
    caseAccess: {
      title: '查阅记录',
      hint: '谁在何时查看了本案的保密内容（案情、调解记录、协议及其扫描件、当事人证件信息）。其他当事人的姓名已脱敏。',
      none: '还没有人查看过本案的保密内容。',
      at: '时间',
      reader: '查看人',
      fields: '查看内容',
      you: '（您）',
      open: '查看查阅记录',
      field: {
        summary: '案情',
        'session.record': '调解记录',
        'agreement.content': '协议内容',
        'agreement.reviewComment': '把关意见',
        'agreement.scan': '协议书扫描件',
        'party.idNumber': '当事人身份证号',
        'party.address': '当事人住址',
      },
      scan: '签字协议书',
      scan_none: '尚未上传签字协议书扫描件',
      scan_present: '已上传签字协议书扫描件（%{kb} KB）',
      scan_open: '查看扫描件',
      scan_withheld: '扫描件保密，仅当事人和承办的法律顾问可以查看',
      scan_upload: '上传扫描件',
      scan_replace: '重新上传',
      scan_uploaded: '扫描件已上传',
      scan_hint: '签字后的协议书照片或扫描件（%{types}，不超过 %{mb} MB），加密保存，每次查看都会留痕。',
    },
    audit: {
      action: {
        AGREEMENT_SCAN_UPLOADED: '上传协议书扫描件',
      },
    },
  },
};

export const en = {
  fq: {
    caseAccess: {
      title: 'Access log',
      hint: "Who read this case's confidential content (summary, session records, agreement and its scan, parties' ID details), and when. Other parties' names are masked.",
      none: "No one has read this case's confidential content yet.",
      at: 'When',
      reader: 'Reader',
      fields: 'Read',
      you: '(you)',
      open: 'See the access log',
      field: {
        summary: 'Summary',
        'session.record': 'Session record',
        'agreement.content': 'Agreement text',
        'agreement.reviewComment': 'Review comments',
        'agreement.scan': 'Signed agreement scan',
        'party.idNumber': "Party's ID number",
        'party.address': "Party's address",
      },
      scan: 'Signed agreement',
      scan_none: 'No scan of the signed agreement yet',
      scan_present: 'Scan of the signed agreement uploaded (%{kb} KB)',
      scan_open: 'Open the scan',
      scan_withheld: 'The scan is confidential: only the parties and the assigned advisers can open it',
      scan_upload: 'Upload a scan',
      scan_replace: 'Upload again',
      scan_uploaded: 'Scan uploaded',
      scan_hint: 'A photo or scan of the signed agreement (%{types}, at most %{mb} MB), stored encrypted; every read is recorded.',
    },
    audit: {
      action: {
        AGREEMENT_SCAN_UPLOADED: 'Signed agreement scan uploaded',
      },
    },
  },
};
