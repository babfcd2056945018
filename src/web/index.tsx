import { startWeb } from './start';

/** index.html: the web mode alone, without Office.js. */
const root = document.getElementById('root');
if (root) startWeb(root);
