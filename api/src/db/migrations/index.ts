// Migrations in the order they run. `npm run migration:create -- <name>` writes a new file here: add it to this list.
// A migration that has landed is never edited; a change is a new migration.
import { Migration20261127170940_initial } from './Migration20261127170940_initial.js';
import { Migration20261127172128_roster_and_pairings } from './Migration20261127172128_roster_and_pairings.js';
import { Migration20261127175955_mediation_cases } from './Migration20261127175955_mediation_cases.js';
import { Migration20261127180900_agreement_review_comment } from './Migration20261127180900_agreement_review_comment.js';
import { Migration20261127181224_zero_reports } from './Migration20261127181224_zero_reports.js';
import { Migration20261127181444_login_codes } from './Migration20261127181444_login_codes.js';
import { Migration20261127182052_return_visits } from './Migration20261127182052_return_visits.js';
import { Migration20261127195317_trainings_and_meetings } from './Migration20261127195317_trainings_and_meetings.js';
import { Migration20261127195941_work_log } from './Migration20261127195941_work_log.js';
import { Migration20261201005006_party_records_and_revocation } from './Migration20261201005006_party_records_and_revocation.js';
import { Migration20261201012600_throttle_counters } from './Migration20261201012600_throttle_counters.js';
import { Migration20261201035016_attachment_uploader_index } from './Migration20261201035016_attachment_uploader_index.js';
import { Migration20261201042545_key_rotation } from './Migration20261201042545_key_rotation.js';
import { Migration20261201043211_version_columns } from './Migration20261201043211_version_columns.js';
import { Migration20261201050322_case_no_per_county } from './Migration20261201050322_case_no_per_county.js';
import { Migration20261201063706_province_and_region_codes } from './Migration20261201063706_province_and_region_codes.js';
import { Migration20261201073141_list_indexes } from './Migration20261201073141_list_indexes.js';
import { Migration20261201073326_work_log_county } from './Migration20261201073326_work_log_county.js';
import { Migration20261201112713_setup_token } from './Migration20261201112713_setup_token.js';
import { Migration20261201214715_accounts } from './Migration20261201214715_accounts.js';
import { Migration20261201214856_assessment_scheme } from './Migration20261201214856_assessment_scheme.js';
import { Migration20261201215554_monthly_report_times_returned } from './Migration20261201215554_monthly_report_times_returned.js';
import { Migration20261201221001_assessment_publication } from './Migration20261201221001_assessment_publication.js';
import { Migration20261201222013_regions_from_official_codes } from './Migration20261201222013_regions_from_official_codes.js';
import { Migration20261201222708_subsidies } from './Migration20261201222708_subsidies.js';
import { Migration20261202022925_settings_per_region } from './Migration20261202022925_settings_per_region.js';

export const MIGRATIONS = [
  { name: 'Migration20261127170940_initial', class: Migration20261127170940_initial },
  { name: 'Migration20261127172128_roster_and_pairings', class: Migration20261127172128_roster_and_pairings },
  { name: 'Migration20261127175955_mediation_cases', class: Migration20261127175955_mediation_cases },
  { name: 'Migration20261127180900_agreement_review_comment', class: Migration20261127180900_agreement_review_comment },
  { name: 'Migration20261127181224_zero_reports', class: Migration20261127181224_zero_reports },
  { name: 'Migration20261127181444_login_codes', class: Migration20261127181444_login_codes },
  { name: 'Migration20261127182052_return_visits', class: Migration20261127182052_return_visits },
  { name: 'Migration20261127195317_trainings_and_meetings', class: Migration20261127195317_trainings_and_meetings },
  { name: 'Migration20261127195941_work_log', class: Migration20261127195941_work_log },
  { name: 'Migration20261201005006_party_records_and_revocation', class: Migration20261201005006_party_records_and_revocation },
  { name: 'Migration20261201012600_throttle_counters', class: Migration20261201012600_throttle_counters },
  { name: 'Migration20261201035016_attachment_uploader_index', class: Migration20261201035016_attachment_uploader_index },
  { name: 'Migration20261201042545_key_rotation', class: Migration20261201042545_key_rotation },
  { name: 'Migration20261201043211_version_columns', class: Migration20261201043211_version_columns },
  { name: 'Migration20261201050322_case_no_per_county', class: Migration20261201050322_case_no_per_county },
  { name: 'Migration20261201063706_province_and_region_codes', class: Migration20261201063706_province_and_region_codes },
  { name: 'Migration20261201073141_list_indexes', class: Migration20261201073141_list_indexes },
  { name: 'Migration20261201073326_work_log_county', class: Migration20261201073326_work_log_county },
  { name: 'Migration20261201112713_setup_token', class: Migration20261201112713_setup_token },
  { name: 'Migration20261201214715_accounts', class: Migration20261201214715_accounts },
  { name: 'Migration20261201214856_assessment_scheme', class: Migration20261201214856_assessment_scheme },
  { name: 'Migration20261201215554_monthly_report_times_returned', class: Migration20261201215554_monthly_report_times_returned },
  { name: 'Migration20261201221001_assessment_publication', class: Migration20261201221001_assessment_publication },
  { name: 'Migration20261201222013_regions_from_official_codes', class: Migration20261201222013_regions_from_official_codes },
  { name: 'Migration20261201222708_subsidies', class: Migration20261201222708_subsidies },
  { name: 'Migration20261202022925_settings_per_region', class: Migration20261202022925_settings_per_region },
];
