// Runs the browser tests against the real backend: starts the built service (demo profile, a fresh
// H2 database with the demo data) on a free port, waits until it is ready, runs Playwright with
// Debian's Chromium, stops the service. Build the service first:
//   mvn -DskipTests -Dquarkus.profile=demo package        (from the repository root)
// Options: DANVAN_BASE_URL=http://host:port to test a service that is already running instead;
// CHROMIUM_PATH (default /usr/bin/chromium); extra arguments go to `playwright test`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

async function waitReady(url, service, seconds) {
  for (let i = 0; i < seconds; i += 1) {
    if (service && service.exitCode !== null) throw new Error(`the service stopped (exit ${service.exitCode})`);
    try {
      const answer = await fetch(`${url}/q/health/ready`);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`the service was not ready within ${seconds} s`);
}

let service;
let dataDir;
let baseUrl = process.env.DANVAN_BASE_URL;
const stop = () => {
  if (service && service.exitCode === null) service.kill('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

try {
  if (!baseUrl) {
    const jar = resolve('../backend/target/quarkus-app/quarkus-run.jar');
    if (!existsSync(jar)) {
      throw new Error(`${jar} is missing: run \`mvn -DskipTests -Dquarkus.profile=demo package\` at the repository root first`);
    }
    const port = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'danvan-e2e-'));
    const log = join('target', 'e2e-service.log');
    rmSync(log, { force: true });
    await import('node:fs').then((fs) => fs.mkdirSync('target', { recursive: true }));
    service = spawn(
      'java',
      ['-Dquarkus.profile=demo', `-Ddanvan.data-dir=${dataDir}`, '-Xmx512m', '-jar', jar],
      { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', openSync(log, 'a'), openSync(log, 'a')] },
    );
    baseUrl = `http://127.0.0.1:${port}`;
    console.log(`danvan (demo data) starting on ${baseUrl}; its log: frontend/${log}`);
    await waitReady(baseUrl, service, 180);
  } else {
    await waitReady(baseUrl, undefined, 30);
  }
  const code = await new Promise((done) => {
    const runner = spawn(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, DANVAN_BASE_URL: baseUrl, CHROMIUM_PATH: chromium },
    });
    runner.on('exit', (exitCode) => done(exitCode ?? 1));
  });
  stop();
  process.exit(code);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop();
  process.exit(1);
}
