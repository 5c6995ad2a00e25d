import type { ResourceProps } from 'react-admin';
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
import villages from './villages';
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

export { resourceLabelKey } from './labelKeys';
