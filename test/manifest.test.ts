/** @jest-environment jsdom */
import { readFileSync } from 'fs';
import * as path from 'path';

const xml = readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');
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
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)]
      .map((m) => m[1]!)
      .concat(all('AppDomain').map((a) => a.textContent!));
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
  expect(built).toContain('<AppDomain>https://kinerja.binjaikota.go.id/capaian</AppDomain>');
});
