#!/usr/bin/env node
/* Pictures of the generated sheets for the README: generate on the bundled sample, then for each of our
   sheets hide the others, let LibreOffice print it to PDF and turn its first page into a PNG. The pages
   with charts and the Narasi sheet are found by their text in a print of the whole workbook as generated
   (rewriting it through ExcelJS, as above, would drop the charts).
   Needs LibreOffice (soffice) and poppler-utils (pdftoppm). Usage: npm run build:cli && node scripts/render-sheets.js */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const root = path.join(__dirname, '..');
const sample = path.join(root, 'assets', 'sample', 'binjai-dp3am-2022.xlsx');
const outDir = path.join(root, 'docs', 'img');

(async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-render-'));
  const generated = path.join(work, 'generated.xlsx');
  execFileSync('node', [path.join(root, 'bin', 'capaian.js'), 'generate', sample, '--out', generated], {
    stdio: 'ignore',
  });
  // Indonesian number formats (1.234.567; 35,21%), as the office's Excel in Bahasa Indonesia shows the sheets.
  const profile = path.join(work, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item><item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item></oor:items>',
  );
  const sheets = [
    ['Perjanjian Kinerja', 'perjanjian-kinerja'],
    ['Pengukuran Kinerja', 'pengukuran-kinerja'],
    ['Ringkasan Capaian', 'ringkasan-capaian'],
  ];
  for (const [sheet, name] of sheets) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(generated);
    for (const ws of wb.worksheets) ws.state = ws.name === sheet ? 'visible' : 'hidden';
    // LibreOffice shows the active tab even when hidden: make the visible sheet the active one.
    const index = wb.worksheets.findIndex((ws) => ws.name === sheet);
    wb.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: index, activeTab: index, visibility: 'visible' },
    ];

    const one = path.join(work, `${name}.xlsx`);
    await wb.xlsx.writeFile(one);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, one],
      {
        stdio: 'ignore',
      },
    );
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path.join(work, `${name}.pdf`),
      path.join(outDir, name),
    ]);
    process.stdout.write(`docs/img/${name}.png\n`);
  }

  const pages = [
    ['Grafik capaian indikator', 'grafik-capaian'],
    ['NARASI CAPAIAN KINERJA', 'narasi'],
  ];
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      generated,
    ],
    { stdio: 'ignore' },
  );
  const pdf = path.join(work, 'generated.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  for (const [words, name] of pages) {
    // The chart's page names it twice: the block's heading and the chart's own title.
    const page = text.findIndex((t) => t.split(words).length - 1 >= (name === 'narasi' ? 1 : 2)) + 1;
    if (page === 0) throw new Error(`no page shows "${words}"`);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      `${page}`,
      '-l',
      `${page}`,
      '-singlefile',
      pdf,
      path.join(outDir, name),
    ]);
    process.stdout.write(`docs/img/${name}.png\n`);
  }
})().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
});
