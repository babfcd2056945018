import { execFileSync } from 'child_process';
import * as path from 'path';

/** What office-addin-manifest (the Office tooling's own reader) makes of a manifest. */
export interface ManifestRead {
  readonly id?: string;
  readonly version?: string;
  readonly providerName?: string;
  readonly defaultLocale?: string;
  readonly displayName?: string;
  readonly description?: string;
  readonly iconUrl?: string;
  readonly highResolutionIconUrl?: string;
  readonly supportUrl?: string;
  readonly appDomains?: readonly string[];
  readonly hosts?: readonly string[];
  readonly permissions?: string;
  readonly officeAppType?: string;
  readonly defaultSettings?: { readonly sourceLocation?: string };
  /** The Office applications its hosts mean (getOfficeAppsForManifestHosts). */
  readonly apps: readonly string[];
  /** The package's OfficeApp names, to check the stub office-addin-mock is given in jest. */
  readonly officeApp: Readonly<Record<string, string>>;
}

const ROOT = path.join(__dirname, '..', '..');

/**
 * Reads a manifest with the real office-addin-manifest package. It loads an ES module (uuid), which jest's
 * module system cannot, so it runs in a child Node process (`--experimental-require-module` for Node 20 before
 * 20.19, where require() of an ES module is not on by default).
 */
export function readManifest(file: string): ManifestRead {
  const script = `
    const m = require('office-addin-manifest');
    m.OfficeAddinManifest.readManifestFile(process.argv[1]).then((info) => {
      process.stdout.write(JSON.stringify({ ...info, apps: m.getOfficeAppsForManifestHosts(info.hosts), officeApp: m.OfficeApp }));
    }, (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });`;
  const out = execFileSync(
    process.execPath,
    ['--experimental-require-module', '--no-warnings', '-e', script, file],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as ManifestRead;
}

/** Every http(s) URL the manifest names (attributes and AppDomain elements). */
export function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)]
    .map((m) => m[1]!)
    .concat([...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]!));
}
