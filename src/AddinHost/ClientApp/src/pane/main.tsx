import { render } from 'preact';
import 'virtual:fluent-theme.css';
import '../shared/base.css';
import '../shared/party.css';
import './pane.css';
import { loadOffice } from '../office/loadOffice';
import type { OfficeLike } from '../office/types';
import { PaneApp } from './PaneApp';

const root = document.getElementById('root') as HTMLElement;

/** Office's theme decides light or dark (the pane sits inside Outlook's own colours). */
function applyTheme(office: OfficeLike) {
  const background = office.context.officeTheme?.bodyBackgroundColor;
  const rgb = background?.match(/^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
  if (!rgb) return;
  const [r, g, b] = rgb.slice(1).map((h) => parseInt(h, 16));
  document.documentElement.dataset['theme'] = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 128 ? 'dark' : 'light';
}

loadOffice().then(
  (office) => {
    applyTheme(office);
    render(<PaneApp office={office} />, root);
  },
  (error: unknown) => {
    root.textContent = error instanceof Error ? error.message : 'Office.js could not start.';
  },
);
