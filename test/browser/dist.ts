import { execFile } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
/** What the production build reads: a change to any of these needs a new build. */
const INPUTS = [
  'src',
  'assets',
  'webpack.config.js',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'manifest.xml',
];

async function filesUnder(entry: string): Promise<string[]> {
  const full = path.join(ROOT, entry);
  if (!(await fs.stat(full)).isDirectory()) return [entry];
  const names = (await fs.readdir(full)).sort();
  return (await Promise.all(names.map((n) => filesUnder(path.join(entry, n))))).flat();
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  // The production manifest's host comes from the environment.
  hash.update(`CAPAIAN_URL=${process.env.CAPAIAN_URL ?? ''}`);
  for (const file of (await Promise.all(INPUTS.map(filesUnder))).flat()) {
    hash.update(file);
    hash.update(await fs.readFile(path.join(ROOT, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive, another user's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Builds of older sources, an hour after their last use: each is a few megabytes of /tmp. */
async function removeOldBuilds(keep: string): Promise<void> {
  const tmp = os.tmpdir();
  for (const name of await fs.readdir(tmp)) {
    const full = path.join(tmp, name);
    if (!/^capaian-dist-[0-9a-f]{16}$/.test(name) || full === keep) continue;
    const stat = await fs.stat(full).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > 3600000)
      await fs.rm(full, { recursive: true, force: true }).catch(() => undefined);
  }
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The add-in built for production once for this source, into a folder of its own, shared by the browser tests.
 * Each of them used to build it itself, three webpack builds at once on a small CI machine, two of them into
 * the same dist/: slow enough to overrun a test's set-up. The first test file to ask builds, under a lock
 * (a folder made atomically, with the builder's pid); the others wait for it. A build left by a crashed run is
 * never used: the folder appears only by renaming a finished build.
 */
export async function builtDist(): Promise<string> {
  for (;;) {
    const hash = await sourceHash();
    const dir = path.join(os.tmpdir(), `capaian-dist-${hash}`);
    const lock = `${dir}.lock`;
    if (existsSync(path.join(dir, 'taskpane.html'))) {
      const now = new Date();
      await fs.utimes(dir, now, now);
      return dir;
    }
    try {
      await fs.mkdir(lock);
    } catch {
      const owner = Number(await fs.readFile(path.join(lock, 'pid'), 'utf8').catch(() => '0'));
      const age = Date.now() - ((await fs.stat(lock).catch(() => null))?.mtimeMs ?? Date.now());
      // A lock whose builder is gone (or never wrote its pid) is taken over; a live builder is waited for.
      if (owner ? !alive(owner) : age > 60000) await fs.rm(lock, { recursive: true, force: true });
      await pause(500);
      continue;
    }
    try {
      await fs.writeFile(path.join(lock, 'pid'), String(process.pid));
      const part = `${dir}.part`;
      await fs.rm(part, { recursive: true, force: true });
      await run('npx', ['webpack', '--mode', 'production', '--output-path', part], {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
      });
      // A file saved while webpack ran: this build is of neither state, so it is built again.
      if ((await sourceHash()) !== hash) {
        await fs.rm(part, { recursive: true, force: true });
        continue;
      }
      await fs.rename(part, dir);
      await removeOldBuilds(dir);
      return dir;
    } finally {
      await fs.rm(lock, { recursive: true, force: true });
    }
  }
}
