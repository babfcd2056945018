/**
 * The add-in developer's loop: `npm run dev-server` (which `npm start` runs before sideloading) serves the
 * add-in over HTTPS with office-addin-dev-certs' certificates, as Office requires. Here the certificates are
 * made into a folder of the test's own (CAPAIAN_DEV_CERTS) rather than trusted machine-wide, and the port is
 * a free one rather than 3000 (the machine is shared).
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as https from 'https';
import { AddressInfo, createServer } from 'net';
import * as path from 'path';
import { tempDir } from './helpers/fixture';

const ROOT = path.join(__dirname, '..');
let server: ChildProcess | undefined;

afterAll(() => {
  // The server and webpack run in a process group of their own: end that group only.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

function get(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) =>
    https
      .get(url, { ca }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject),
  );
}

test('npm run dev-server serves the task pane, the commands, the help page and the manifest over HTTPS', async () => {
  const certs = await tempDir();
  execFileSync(
    process.execPath,
    [
      '-e',
      `require('office-addin-dev-certs').generateCertificates(...process.argv.slice(1).map((f) => require('path').join(${JSON.stringify(certs)}, f)), 1)`,
      'ca.crt',
      'localhost.crt',
      'localhost.key',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const ca = await fs.readFile(path.join(certs, 'ca.crt'));
  const port = await freePort();
  server = spawn('npm', ['run', 'dev-server'], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, CAPAIAN_DEV_CERTS: certs, CAPAIAN_DEV_PORT: String(port) },
  });
  const base = `https://localhost:${port}`;
  let page = { status: 0, body: '' };
  for (let i = 0; i < 240 && page.status !== 200; i++) {
    page = await get(`${base}/taskpane.html`, ca).catch(() => ({ status: 0, body: '' }));
    if (page.status !== 200) await new Promise((r) => setTimeout(r, 500));
  }
  expect(page.status).toBe(200);
  expect(page.body).toContain('<div id="root"></div>');
  for (const file of ['commands.html', 'help.html', 'taskpane.js', 'commands.js', 'assets/icon-32.png'])
    expect([file, (await get(`${base}/${file}`, ca)).status]).toEqual([file, 200]);
  // The manifest served in development points at the development host, as Office sideloads it.
  expect((await get(`${base}/manifest.xml`, ca)).body).toContain(
    '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
  );
}, 180000);
