import { existsSync, promises as fs } from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import { temporaryFolder } from '../helpers/tmp';
import { builtDist } from './dist';
import { Browser, chromium } from 'playwright-core';
import webpack from 'webpack';
import { gzipSync } from 'zlib';

export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium, started by Playwright. A start can fail once in a while on a loaded machine (in CI,
 * about one full run in three: the browser's pipe closed while Playwright was connecting, "Target page,
 * context or browser has been closed", before any page existed); it is tried once more, and said. A second
 * failure fails the test.
 */
export async function launchChromium(): Promise<Browser> {
  // A minute each, so that two tries fit in a test file's set-up (Playwright's own default is three).
  const launch = (): Promise<Browser> =>
    chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60000 });
  try {
    return await launch();
  } catch (e) {
    console.warn(`Chromium did not start, trying once more: ${String(e).split('\n')[0]}`);
    return launch();
  }
}

/** A file of test/browser/, found from here whether this runs from test/ (jest) or compiled into .bench/ (bench). */
function browserSource(file: string): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test', 'browser', file);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`test/browser/${file} not found`);
}

/** A script for the browser, built from test/browser/`file` with the same in-memory Excel as the jest tests. */
async function buildBrowserScript(file: string): Promise<string> {
  const out = await temporaryFolder('stub');
  const name = file.replace(/\.ts$/, '.js');
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: browserSource(file),
    output: { path: out, filename: name },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { module: 'esnext' } },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) =>
      err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve(),
    ),
  );
  return fs.readFile(path.join(out, name), 'utf8');
}

/** The Office stub (office-stub.ts): stands in for office.js itself. */
export const buildOfficeStub = (): Promise<string> => buildBrowserScript('office-stub.ts');

/** Excel on Windows behind the real office.js (office-host.ts), run before the page's own scripts. */
export const buildOfficeHost = (): Promise<string> => buildBrowserScript('office-host.ts');

/** Serves a folder (dist/) on 127.0.0.1; returns its base URL and a stop function. */
export async function serveFolder(root: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const asked = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    // A folder is its index.html, as on any static host (the web mode lives at dist/'s root).
    const file = asked.endsWith(path.sep) || asked === root ? path.join(asked, 'index.html') : asked;
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.html')
      ? 'text/html'
      : file.endsWith('.js')
        ? 'application/javascript'
        : file.endsWith('.png')
          ? 'image/png'
          : 'text/plain';
    const body = await fs.readFile(file);
    // As any production static host does: text goes gzip-compressed to a browser that accepts it.
    if (type !== 'image/png' && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res
        .writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' })
        .end(gzipSync(body, { level: 9 }));
      return;
    }
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}

export interface BrowserSuite {
  /** The production build being served. */
  readonly dist: string;
  readonly base: string;
  readonly browser: Browser;
  /** Closes the browser and the server. */
  readonly stop: () => Promise<void>;
}

/**
 * What every browser test file starts with: Debian's Chromium (never skipped: CI installs it), the add-in's
 * production build served on 127.0.0.1, and the browser.
 */
export async function startBrowserSuite(): Promise<BrowserSuite> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install -y chromium`);
  const dist = await builtDist();
  const server = await serveFolder(dist);
  const browser = await launchChromium().catch(async (e: unknown) => {
    await server.stop();
    throw e;
  });
  return {
    dist,
    base: server.base,
    browser,
    stop: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
