import type { ResourceProps } from 'react-admin';
import type { Role } from '../providers/session';
import legalAdvisers from './legalAdvisers';
import consultationMeetings from './consultationMeetings';
import mediationCases from './mediationCases';
import monthlyChecks from './monthlyChecks';
import monthlyReports from './monthlyReports';
import pairings from './pairings';
import providers from './providers';
import regions from './regions';
import rosterFilings from './rosterFilings';
import trainings from './trainings';
import users from './users';
import auditEvents from './auditEvents';
import villages, { villagesLabelKey } from './villages';
import workLogEntries from './workLogEntries';

export type ResourceDefinition = Omit<ResourceProps, 'name'>;

/** Every console resource by its react-admin name (also its list query, e.g. `legalAdvisers`). */
export const resources: Record<string, ResourceDefinition> = {
  mediationCases,
  workLogEntries,
  monthlyReports,
  monthlyChecks,
  trainings,
  consultationMeetings,
  villages,
  legalAdvisers,
  pairings,
  providers,
  rosterFilings,
  regions,
  users,
  auditEvents,
};

/** The menu label (and list title) of a resource or page for a tier. */
export function resourceLabelKey(name: string, role: Role | undefined): string {
  if (name === 'villages') return villagesLabelKey(role);
  if (name === 'legalAdvisers' && role === 'ADVISER') return 'fq.menu.my_record';
  if (name === 'mediationCases' && role === 'PARTY') return 'fq.menu.my_cases';
  if (name === 'monthlyReports' && role === 'ADVISER') return 'fq.menu.my_months';
  if (name === 'monthlyReports' && role === 'OFFICE_STAFF') return 'fq.menu.review_monthly_reports';
  return `fq.menu.${name}`;
}
