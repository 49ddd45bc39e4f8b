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
const referenced = new Set();
const pageJs = new Map();
for (const page of readdirSync(dist).filter((name) => name.endsWith('.html')).sort()) {
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = (pattern) => [...html.matchAll(pattern)].map((match) => match[1].replace(/^\//, ''));
  const js = [
    ...refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  js.forEach((file) => referenced.add(file));
  const jsBytes = js.reduce((sum, file) => sum + gzipped(file), 0);
  pageJs.set(page, jsBytes);
  const cssBytes = css.reduce((sum, file) => sum + gzipped(file), 0);
  const over = jsBytes > budgetBytes;
  overBudget ||= over;
  console.log(
    `${page.padEnd(14)} JS ${kb(jsBytes).padStart(9)} gzipped (${js.length} files)  CSS ${kb(cssBytes).padStart(8)} gzipped${over ? '  OVER BUDGET' : ''}`,
  );
}
// Chunks no page preloads are imported on demand: MSAL's nested app authentication, which only the pane inside
// Outlook loads. The pane's budget counts it, since that is what a rep's Outlook downloads.
const onDemand = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js') && !referenced.has(`assets/${name}`));
const onDemandBytes = onDemand.reduce((sum, name) => sum + gzipped(`assets/${name}`), 0);
for (const name of onDemand) console.log(`  on demand: ${name} ${kb(gzipped(`assets/${name}`))} gzipped`);
const paneInOutlook = (pageJs.get('pane.html') ?? 0) + onDemandBytes;
const paneOver = paneInOutlook > budgetBytes;
overBudget ||= paneOver;
console.log(`pane.html in Outlook (with single sign-on): JS ${kb(paneInOutlook)} gzipped${paneOver ? '  OVER BUDGET' : ''}`);
if (overBudget) {
  console.error(`A page's JavaScript is over the ${kb(budgetBytes)} gzipped budget.`);
  process.exit(1);
}
