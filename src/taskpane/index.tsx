import { createRoot } from 'react-dom/client';
import { officeHost } from '../office/officeHost';
import { officeActions } from './officeActions';
import { App } from './App';

const root = document.getElementById('root');

/** Office's theme is dark when its body background is: officeTheme gives colours, not a name. */
function isDark(): boolean {
  const hex = Office.context.officeTheme?.bodyBackgroundColor ?? '#ffffff';
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * (r ?? 1) + 0.7152 * (g ?? 1) + 0.0722 * (b ?? 1) < 0.5;
}

/**
 * Outside Office the page becomes the web mode: index.html's own script, fetched only then. A script tag
 * and not import(): modules shared with a split chunk lose webpack's scope hoisting, which made this bundle
 * 12 KB (gzip) bigger inside Office, where the web mode is never used.
 */
function startWeb(): void {
  const script = document.createElement('script');
  script.src = 'index.js';
  document.head.appendChild(script);
}

// Office.js missing (offline, or blocked by a network) means no Office host either.
if (typeof Office === 'undefined') startWeb();
else
  Office.onReady((info) => {
    if (!info.host) return startWeb();
    const host = officeHost();
    if (root) createRoot(root).render(<App actions={officeActions(host)} lang={host.lang} dark={isDark()} />);
  });
