/** @jest-environment jsdom */
import { readFileSync } from 'fs';
import * as path from 'path';
import { manifestUrls, readManifest } from './helpers/manifest';

const MANIFEST = path.join(__dirname, '..', 'manifest.xml');
const xml = readFileSync(MANIFEST, 'utf8');

describe('manifest.xml, read by office-addin-manifest (the Office tooling’s own reader)', () => {
  const read = readManifest(MANIFEST);

  test('is an Excel task pane add-in asking for ReadWriteDocument only', () => {
    expect(read).toMatchObject({
      officeAppType: 'TaskPaneApp',
      hosts: ['Workbook'],
      apps: ['excel'],
      permissions: 'ReadWriteDocument',
      defaultLocale: 'id-ID',
      providerName: 'Capaian Kinerja',
      displayName: 'Capaian Kinerja',
      defaultSettings: { sourceLocation: 'https://localhost:3000/taskpane.html' },
      supportUrl: 'https://localhost:3000/help.html',
      appDomains: ['https://localhost:3000'],
    });
    expect(read.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(read.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(read.description!.length).toBeLessThanOrEqual(250);
  });

  test('the stub jest gives office-addin-mock names the same Office applications as the real package', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const stub = require('./stubs/office-addin-manifest.js') as { OfficeApp: Record<string, string> };
    expect(stub.OfficeApp).toEqual(read.officeApp);
  });
});
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (name: string): Element[] => [...doc.getElementsByTagName(name)];

describe('manifest.xml, checked offline', () => {
  test('is well-formed XML for a task pane add-in in Excel with ReadWriteDocument only', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(all('Host')[0]!.getAttribute('Name')).toBe('Workbook');
    expect(all('Permissions')[0]!.textContent).toBe('ReadWriteDocument');
    expect(all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([
      ['ExcelApi', '1.4'],
    ]);
  });

  test('top-level elements come in the order the schema requires', () => {
    const order = [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    const children = [...doc.documentElement.children].map((c) => c.localName);
    expect(children).toEqual(order);
  });

  test('every resid resolves to a resource, and resource ids are at most 32 characters', () => {
    const ids = new Set(
      all('bt:Image')
        .concat(all('bt:Url'), all('bt:String'))
        .map((e) => e.getAttribute('id'))
        .filter(Boolean),
    );
    for (const id of ids) expect(id!.length).toBeLessThanOrEqual(32);
    const resids = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect(ids.has(r)).toBe(true);
  });

  test('the ribbon has the Kinerja tab with Buat Tabel Capaian, Periksa Indikator and Kembalikan', () => {
    const label = (resid: string | null) =>
      all('bt:String')
        .find((s) => s.getAttribute('id') === resid)
        ?.getAttribute('DefaultValue');
    const tab = all('CustomTab')[0]!;
    expect(label(tab.querySelector(':scope > Label')!.getAttribute('resid'))).toBe('Kinerja');
    const buttons = all('Control').map((c) => [
      label(c.querySelector('Label')!.getAttribute('resid')),
      c.querySelector('Action')!.getAttribute('xsi:type'),
    ]);
    expect(buttons).toEqual([
      ['Buat Tabel Capaian', 'ExecuteFunction'],
      ['Periksa Indikator', 'ShowTaskpane'],
      ['Kembalikan', 'ExecuteFunction'],
    ]);
    for (const size of ['16', '32', '80'])
      expect(all('bt:Image').some((i) => i.getAttribute('id') === `Icon.${size}`)).toBe(true);
  });

  test('every URL is HTTPS, and the icons it names exist', () => {
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    for (const u of urls.filter((x) => x.endsWith('.png'))) {
      const file = path.join(__dirname, '..', 'assets', path.basename(u));
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});

test('npm run build puts CAPAIAN_URL in place of the development host', () => {
  process.env.CAPAIAN_URL = 'https://kinerja.binjaikota.go.id/capaian/';
  // webpack.config.js is the build's own file: its copy step is what writes dist/manifest.xml.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../webpack.config.js')({}, { mode: 'production' }) as {
    plugins: { patterns?: { to: string; transform?: (c: Buffer) => string }[] }[];
  };
  delete process.env.CAPAIAN_URL;
  const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.to === 'manifest.xml')!;
  const built = pattern.transform!(Buffer.from(xml));
  expect(built).not.toContain('localhost');
  expect(built).toContain(
    '<SourceLocation DefaultValue="https://kinerja.binjaikota.go.id/capaian/taskpane.html"/>',
  );
  // An AppDomain is the origin, without the path.
  expect(built).toContain('<AppDomain>https://kinerja.binjaikota.go.id</AppDomain>');
});
