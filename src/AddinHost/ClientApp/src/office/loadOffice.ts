// Finds the Office object the pane talks to: the preview's stand-in when the pane runs inside /preview.html
// (?host=preview, same origin), else the real Office.js, loaded from our own origin (never a CDN).
import type { OfficeLike } from './types';

declare global {
  interface Window {
    Office?: OfficeLike;
    /** Set by the preview page on itself; the pane (in its iframe) reads it from window.parent. */
    outlookcmsPreview?: { office: OfficeLike };
  }
}

export const officeScriptUrl = '/office/office.js';

export function isPreviewHost(location: Location = window.location): boolean {
  return new URLSearchParams(location.search).get('host') === 'preview';
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}.`));
    document.head.appendChild(script);
  });
}

export async function loadOffice(): Promise<OfficeLike> {
  if (isPreviewHost()) {
    const preview = window.parent !== window ? window.parent.outlookcmsPreview : undefined;
    if (!preview) throw new Error('The preview host is missing: open /preview.html.');
    window.Office = preview.office;
    return preview.office;
  }
  if (!window.Office) await loadScript(officeScriptUrl);
  const office = window.Office;
  if (!office) throw new Error('Office.js did not load.');
  await office.onReady();
  return office;
}
