import { createRoot } from 'react-dom/client';
import { officeHost } from '../office/officeHost';
import { officeActions } from './actions';
import { App } from './App';

/** Office's theme is dark when its body background is: officeTheme gives colours, not a name. */
function isDark(): boolean {
  const hex = Office.context.officeTheme?.bodyBackgroundColor ?? '#ffffff';
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * (r ?? 1) + 0.7152 * (g ?? 1) + 0.0722 * (b ?? 1) < 0.5;
}

Office.onReady(() => {
  const host = officeHost();
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App actions={officeActions(host)} lang={host.lang} dark={isDark()} />);
});
