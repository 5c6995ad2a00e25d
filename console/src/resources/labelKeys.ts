import type { Role } from '../providers/session';
import { villagesLabelKey } from './villages/labels';

/** The menu label (and list title) of a resource or page for a tier. */
export function resourceLabelKey(name: string, role: Role | undefined): string {
  if (name === 'villages') return villagesLabelKey(role);
  if (name === 'legalAdvisers' && role === 'ADVISER') return 'fq.menu.my_record';
  if (name === 'mediationCases' && role === 'PARTY') return 'fq.menu.my_cases';
  if (name === 'monthlyReports' && role === 'ADVISER') return 'fq.menu.my_months';
  if (name === 'monthlyReports' && role === 'OFFICE_STAFF') return 'fq.menu.review_monthly_reports';
  return `fq.menu.${name}`;
}
