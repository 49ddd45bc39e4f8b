import { cpSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { fluentTheme } from './build/fluentTheme.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The Outlook add-in's static files: Office.js from npm (only what Outlook loads: the loader, the Outlook host
// scripts, the string tables, telemetry; not the 86 MB of every host and debug build) under /office/, and the
// manifest, icons and the send-time check from addin-manifest/ under /addin/ and /commands.html.
const addinFiles = () => ({
  name: 'outlookcms-addin-files',
  apply: 'build' as const,
  writeBundle() {
    const officeDist = here('./node_modules/@microsoft/office-js/dist');
    const out = here('../wwwroot/dist');
    const wanted = (name: string) =>
      !name.includes('.debug.') && (name === 'office.js' || name === 'o15apptofilemappingtable.js' || name.startsWith('outlook'));
    for (const entry of readdirSync(officeDist, { withFileTypes: true })) {
      if (entry.isFile() && wanted(entry.name)) cpSync(`${officeDist}/${entry.name}`, `${out}/office/${entry.name}`);
      if (entry.isDirectory() && /^[a-z]{2}-[a-z]{2}$/.test(entry.name)) {
        for (const strings of ['office_strings.js', 'outlook_strings.js']) {
          if (existsSync(`${officeDist}/${entry.name}/${strings}`)) cpSync(`${officeDist}/${entry.name}/${strings}`, `${out}/office/${entry.name}/${strings}`, { force: true });
        }
      }
    }
    cpSync(`${officeDist}/telemetry/oteljs_agave.js`, `${out}/office/telemetry/oteljs_agave.js`);
    const manifest = here('../../../addin-manifest');
    cpSync(`${manifest}/icons`, `${out}/addin/icons`, { recursive: true, filter: (src) => !src.endsWith('.py') });
    cpSync(`${manifest}/runtime/launchevent.js`, `${out}/addin/launchevent.js`);
    cpSync(`${manifest}/runtime/commands.html`, `${out}/commands.html`);
    cpSync(`${manifest}/manifest.xml`, `${out}/addin/manifest.xml`);
  },
});

// Two pages, one build: the web app (index.html, client-side routes under /app/*) and the demo
// sign-in (signin.html). AddinHost serves the output folder as static files.
export default defineConfig({
  base: '/',
  plugins: [fluentTheme(here('./src')), addinFiles()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('../wwwroot/dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Every browser we serve (Edge/WebView2 in Outlook, Chromium, Safari 17+) knows modulepreload.
    modulePreload: { polyfill: false },
    // Hashed names under /assets/ may be cached forever; the HTML pages must not be.
    assetsDir: 'assets',
    rolldownOptions: {
      input: {
        app: here('./index.html'),
        signin: here('./signin.html'),
        pane: here('./pane.html'),
        preview: here('./preview.html'),
      },
      // What both pages load (Preact, the API client, the theme) goes in one cacheable "shared" chunk; MSAL stays in
      // the pane's on-demand sign-in chunk (only Outlook loads it).
      output: {
        codeSplitting: { groups: [{ name: 'shared', test: /node_modules[\\/](?!@azure)|[\\/]src[\\/]shared[\\/]|fluent-theme/ }] },
      },
    },
  },
  server: {
    // `npm run dev` proxies the API to a running AddinHost (OUTLOOKCMS_API, default http://127.0.0.1:5080).
    proxy: Object.fromEntries(
      ['/api', '/demo', '/health'].map((path) => [path, process.env.OUTLOOKCMS_API ?? 'http://127.0.0.1:5080']),
    ),
  },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
});
