import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_SCHEMA_FILE, renderConfigSchema } from '@app/config';

// `npm run config:schema`: writes config/schema.json from the settings classes (run from the
// repository's root, as npm runs scripts); the spec beside the generator fails until it is run.
const file = resolve(CONFIG_SCHEMA_FILE);
writeFileSync(file, renderConfigSchema());
process.stdout.write(`wrote ${file}\n`);
