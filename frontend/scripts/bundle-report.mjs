// Prints what a browser downloads before the first screen (the entry chunk and everything it imports
// statically), gzipped, from Vite's build manifest, and fails over the budget (300 KB by default).
// Route chunks are listed too: they load only when their page is opened.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIST = 'dist';
const BUDGET_KB = Number(process.env.DANVAN_INITIAL_JS_BUDGET_KB ?? 300);
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  (chunk.imports ?? []).forEach(visit);
};
visit(entryKey);

let initialBytes = 0;
console.log('initial JavaScript (gzip KB, raw KB):');
for (const file of [...initial].sort()) {
  const size = gz(file);
  initialBytes += size;
  console.log(`${kb(size)} ${kb(statSync(join(DIST, file)).size)}  ${file}`);
}
console.log(`${kb(initialBytes)}           total initial JavaScript, gzipped (budget ${BUDGET_KB} KB)`);

// What a signed-in account downloads on top, before its first page: the application shell.
const shellKey = Object.keys(manifest).find((key) => key.endsWith('src/app/AppLayout.tsx'));
if (shellKey) {
  const before = new Set(initial);
  visit(shellKey);
  const shell = [...initial].filter((file) => !before.has(file));
  const shellBytes = shell.reduce((sum, file) => sum + gz(file), 0);
  console.log(`${kb(shellBytes)}           + the signed-in shell (${shell.length} chunks), gzipped: ${((initialBytes + shellBytes) / 1024).toFixed(1)} KB before a page's own chunk`);
  shell.forEach((file) => initial.delete(file));
}

const lazy = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js') && !initial.has(chunk.file));
console.log(`\n${lazy.length} chunks loaded on demand (gzip KB):`);
for (const chunk of lazy.sort((a, b) => gz(b.file) - gz(a.file)).slice(0, 15)) {
  console.log(`${kb(gz(chunk.file))}  ${chunk.file}${chunk.src ? `  (${chunk.src})` : ''}`);
}

if (initialBytes > BUDGET_KB * 1024) {
  console.error(`\nThe initial JavaScript is ${(initialBytes / 1024).toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
