// Every document the server renders, by name. Each is a pure function of plain, structured-cloneable data (no entity,
// no clock, no request) to the document's bytes, so that the document worker threads (common/documents/pool.ts) can
// run it: routes gather the data with their access checks and audit, then call `ctx.app.documents.render(name, ...)`.
// The formatting stays in the document modules and common/documents; this list only names them.
import { renderAssessmentTable } from './modules/assessment/assessment-table.pdf.js';
import { assessmentWorkbook } from './modules/assessment/assessment-table.xlsx.js';
import { renderCaseFile } from './modules/mediation-case/case-file.pdf.js';
import { caseLedgerWorkbook } from './modules/mediation-case/case-ledger.xlsx.js';
import { meetingWorkbook } from './modules/meeting/meeting.xlsx.js';
import { renderNoticeBoard, renderNoticeBoards } from './modules/notice-board/notice-board.pdf.js';
import { regionTreeWorkbook } from './modules/region/region.xlsx.js';
import { paymentWorkbook } from './modules/subsidy/subsidy-payments.xlsx.js';
import { renderSubsidyStatement } from './modules/subsidy/subsidy-statement.pdf.js';
import { filingWorkbook } from './modules/roster/roster-filing.xlsx.js';
import { importTemplate } from './modules/roster/roster-import.template.js';
import { trainingWorkbook } from './modules/training/training.xlsx.js';
import { renderMonthlyLog } from './modules/work-log/monthly-log.pdf.js';
import { checksWorkbook, workLogWorkbook } from './modules/work-log/work-log.xlsx.js';

export const DOCUMENTS = {
  assessmentTable: assessmentWorkbook,
  assessmentTablePdf: renderAssessmentTable,
  caseFile: renderCaseFile,
  caseLedger: caseLedgerWorkbook,
  meetings: meetingWorkbook,
  monthlyChecks: checksWorkbook,
  monthlyLog: renderMonthlyLog,
  noticeBoard: renderNoticeBoard,
  noticeBoards: renderNoticeBoards,
  regionTree: regionTreeWorkbook,
  rosterFiling: filingWorkbook,
  rosterImportTemplate: importTemplate,
  subsidyPayments: paymentWorkbook,
  subsidyStatement: renderSubsidyStatement,
  trainings: trainingWorkbook,
  workLog: workLogWorkbook,
};

export type Documents = typeof DOCUMENTS;
