import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { BrowserContext } from 'playwright-core';

/** Where the CDN's files are: office.js loads the rest (strings, host scripts) from beside itself. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/** Microsoft's own Office.js files, from the @microsoft/office-js package. */
function officeDist(): string {
  const dist = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  if (!existsSync(path.join(dist, 'office.js'))) throw new Error(`no office.js in ${dist}`);
  return dist;
}

/**
 * Answers every request for the Office.js CDN with the real file from @microsoft/office-js, so the page's
 * start-up and host detection run on Microsoft's library, in place, with nothing fetched from the internet.
 * Returns the files office.js asked for.
 */
export async function serveRealOffice(context: BrowserContext): Promise<string[]> {
  const dist = officeDist();
  const asked: string[] = [];
  await context.route(`${OFFICE_CDN}**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(new URL(OFFICE_CDN).pathname.length);
    asked.push(name);
    const file = path.join(dist, name);
    if (!file.startsWith(dist) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ body: await fs.readFile(file), contentType: 'application/javascript' });
  });
  return asked;
}

/**
 * The `_host_Info` query Excel on Windows adds to a task pane's URL, which office.js reads when the host's
 * GetHostInfo() gives nothing (this emulation has none): host,
 * platform, host script version, locale, then correlation id, dialog, logging and flags, empty here.
 */
export const WIN32_HOST_INFO = 'Excel$Win32$16.01$id-ID$$$$0';

/** The addresses a page asked for beyond its own site, Office.js's CDN (answered locally) and blob/data URLs. */
export const remoteRequests = (urls: readonly string[], base: string): string[] =>
  urls.filter((u) => !u.startsWith(base) && !u.startsWith(OFFICE_CDN) && !/^(blob|data):/.test(u));
