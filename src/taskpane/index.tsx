import { createRoot } from 'react-dom/client';
import { officeHost } from '../office/officeHost';
import { officeActions } from './actions';
import { App } from './App';

const root = document.getElementById('root');

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
    if (root) createRoot(root).render(<App actions={officeActions(host)} lang={host.lang} />);
  });
