// Fails when src/api/schema.d.ts is not what openapi-typescript makes of ../openapi.yaml today.
// The generated client is never edited by hand: `npm run api:generate` writes it again.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'danvan-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync(process.execPath, ['node_modules/openapi-typescript/bin/cli.js', '../openapi.yaml', '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const committed = readFileSync('src/api/schema.d.ts', 'utf8');
  if (committed !== readFileSync(fresh, 'utf8')) {
    console.error('src/api/schema.d.ts is stale: ../openapi.yaml changed. Run `npm run api:generate` and commit the result.');
    process.exit(1);
  }
  console.log('src/api/schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
