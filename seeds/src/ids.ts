// Fixed ids shared by the API's seeding, its integration tests and the browser tests.
// The first block names the kind of record, the last block numbers it: readable in logs and SQL.
export const KIND = {
  region: 0x10,
  user: 0x20,
  adviser: 0x30,
  rosterEvent: 0x31,
  rosterFiling: 0x32,
  person: 0x40,
  provider: 0x50,
  office: 0x60,
  committee: 0x70,
  member: 0x71,
  pairing: 0x80,
  mediationCase: 0x90,
  caseParty: 0x91,
  caseAdviser: 0x92,
  agreement: 0x93,
  session: 0x94,
  returnVisit: 0x95,
  workLogEntry: 0xa0,
  monthlyReport: 0xa1,
  monthlyCheck: 0xa2,
  highlight: 0xa3,
  zeroReport: 0xa4,
  training: 0xb0,
  trainingAttendance: 0xb1,
  meeting: 0xb2,
  meetingParticipant: 0xb3,
  actionItem: 0xb4,
  trainingPhoto: 0xb5,
  subsidyRate: 0xc0,
  subsidyStatement: 0xc1,
  subsidyLine: 0xc2,
  subsidyClaim: 0xc3,
} as const;

export type IdKind = keyof typeof KIND;

export function fixedId(kind: IdKind, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffffffff) throw new RangeError(`bad fixed id number ${n}`);
  const head = KIND[kind].toString(16).padStart(8, '0');
  return `${head}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}
