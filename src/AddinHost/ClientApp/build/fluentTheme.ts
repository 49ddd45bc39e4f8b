// Turns Fluent UI's own design tokens (@fluentui/tokens) into CSS custom properties at build time,
// so the app looks like Outlook without shipping any Fluent JavaScript to the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import type { Plugin } from 'vite';

type Theme = Record<string, string | number>;

export const fluentThemeModuleId = 'virtual:fluent-theme.css';
const resolvedId = `\0${fluentThemeModuleId}`;

/** Names of the Fluent tokens the sources use as `var(--tokenName)`. */
export function usedTokenNames(sources: Iterable<string>, theme: Theme): string[] {
  const names = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/var\(--([A-Za-z0-9]+)/g)) {
      const name = match[1];
      if (name !== undefined && name in theme) names.add(name);
    }
  }
  return [...names].sort();
}

function declarations(theme: Theme, names: readonly string[]): string {
  return names.map((name) => `  --${name}: ${String(theme[name])};`).join('\n');
}

/**
 * Light tokens on :root; the dark values (only those that differ) under prefers-color-scheme and
 * under data-theme="dark", so a host (the Outlook pane follows Office's theme) can force either one.
 */
export function themeCss(names: readonly string[], light: Theme = webLightTheme, dark: Theme = webDarkTheme): string {
  const darkNames = names.filter((name) => dark[name] !== light[name]);
  const darkBlock = declarations(dark, darkNames);
  return [
    `:root {\n  color-scheme: light;\n${declarations(light, names)}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root:not([data-theme="light"]) {\n  color-scheme: dark;\n${darkBlock}\n  }\n}`,
    `:root[data-theme="dark"] {\n  color-scheme: dark;\n${darkBlock}\n}`,
  ].join('\n');
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(css|tsx?)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** Serves `virtual:fluent-theme.css` holding only the tokens that the files under `srcDir` use. */
export function fluentTheme(srcDir: string): Plugin {
  return {
    name: 'outlookcms-fluent-theme',
    resolveId(id) {
      return id === fluentThemeModuleId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      const files = [...sourceFiles(srcDir)];
      for (const file of files) this.addWatchFile(file);
      return themeCss(usedTokenNames(files.map((file) => readFileSync(file, 'utf8')), webLightTheme));
    },
  };
}
