// `npm run secrets -- <directory>`: new production secrets (JWT_SECRET, FIELD_ENCRYPTION_KEYS, ID_LOOKUP_KEY), one file
// each, for JWT_SECRET_FILE and the like or Docker secrets. Keep copies apart from the database backups.
import { resolve } from 'node:path';
import { writeProductionSecrets } from '../ops/production-secrets.js';

// npm runs workspace scripts in api/: a relative directory is taken from where npm was run.
const arg = process.argv[2];
const dir = arg === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), arg);
if (!dir) {
  console.error('usage: npm run secrets -- <directory>');
  process.exit(2);
}
try {
  for (const file of writeProductionSecrets(dir)) console.log(`wrote ${file}`);
  console.log('Keep a copy of these files somewhere safe and apart from the backups: without field_encryption_keys no agreement can be read.');
} catch (error) {
  console.error(String((error as Error).message));
  process.exit(1);
}
