// Prints what each page of the build makes the browser download, gzipped, and fails when a page's
// JavaScript is over the budget the add-in issue sets (150 KB gzipped).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../../wwwroot/dist/', import.meta.url));
const budgetBytes = 150 * 1024;

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let overBudget = false;
for (const page of readdirSync(dist).filter((name) => name.endsWith('.html')).sort()) {
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = (pattern) => [...html.matchAll(pattern)].map((match) => match[1].replace(/^\//, ''));
  const js = [
    ...refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const jsBytes = js.reduce((sum, file) => sum + gzipped(file), 0);
  const cssBytes = css.reduce((sum, file) => sum + gzipped(file), 0);
  const over = jsBytes > budgetBytes;
  overBudget ||= over;
  console.log(
    `${page.padEnd(14)} JS ${kb(jsBytes).padStart(9)} gzipped (${js.length} files)  CSS ${kb(cssBytes).padStart(8)} gzipped${over ? '  OVER BUDGET' : ''}`,
  );
}
if (overBudget) {
  console.error(`A page's JavaScript is over the ${kb(budgetBytes)} gzipped budget.`);
  process.exit(1);
}
