import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { fluentTheme } from './build/fluentTheme.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Two pages, one build: the web app (index.html, client-side routes under /app/*) and the demo
// sign-in (signin.html). AddinHost serves the output folder as static files.
export default defineConfig({
  base: '/',
  plugins: [fluentTheme(here('./src'))],
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
      },
      // What both pages load (Preact, the API client, the theme) goes in one cacheable "shared" chunk.
      output: {
        codeSplitting: { groups: [{ name: 'shared', test: /node_modules|[\\/]src[\\/]shared[\\/]|fluent-theme/ }] },
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
