import { createRoot } from 'react-dom/client';
import { officeHost } from '../office/officeHost';
import { officeActions } from './actions';
import { App } from './App';

Office.onReady(() => {
  const host = officeHost();
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App actions={officeActions(host)} lang={host.lang} />);
});
