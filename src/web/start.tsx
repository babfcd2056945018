import { createRoot } from 'react-dom/client';
import { WebApp } from './WebApp';
import { WEB_CSS } from './styles';

/**
 * The web mode on this page: the app, its styles, and the service worker that keeps the page working
 * offline once it has been loaded.
 */
export function startWeb(root: HTMLElement): void {
  const style = document.createElement('style');
  style.textContent = WEB_CSS;
  document.head.appendChild(style);
  document.title = 'Capaian Kinerja';
  createRoot(root).render(<WebApp />);
  // Not every browser (nor a page opened from a file://) has service workers: the page works without.
  navigator.serviceWorker?.register('sw.js').catch(() => undefined);
}
