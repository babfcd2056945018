#!/usr/bin/env node
/* Pictures of the generated sheets for the README: generate on the bundled sample, then print each of our
   sheets alone (the others hidden, and their print areas taken out: LibreOffice prints a hidden sheet's
   print area too) to PDF, as the officer prints it, with its print area, scale and page breaks, and turn a
   page into a PNG: the sheet's first page, or the page that shows a chart or the Narasi.
   The package is edited in place (JSZip): rewriting it through ExcelJS would drop the charts and the breaks.
   Needs LibreOffice (soffice), poppler-utils (pdftoppm, pdftotext) and Carlito (fonts-crosextra-carlito),
   Calibri's metric twin, as on an office's machine.
   Usage: npm run build:cli && node scripts/render-sheets.js */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const JSZip = require('jszip');
const { aloneBook } = require('./print-alone');

const root = path.join(__dirname, '..');
const sample = path.join(root, 'assets', 'sample', 'binjai-dp3am-2022.xlsx');
const outDir = path.join(root, 'docs', 'img');

/** The workbook with only `sheet` shown, active and printed. */
async function alone(generated, sheet, file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(generated));
  zip.file('xl/workbook.xml', aloneBook(await zip.file('xl/workbook.xml').async('string'), sheet));
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

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
  const pdf = (name) => {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        name,
      ],
      { stdio: 'ignore' },
    );
    return name.replace(/\.xlsx$/, '.pdf');
  };
  const png = (file, page, name) => {
    const args = ['-png', '-r', '80', '-f', `${page}`, '-l', `${page}`, '-singlefile'];
    execFileSync('pdftoppm', [...args, file, path.join(outDir, name)]);
    process.stdout.write(`docs/img/${name}.png (page ${page})\n`);
  };
  // [sheet, picture, the text its page shows (a chart's title twice: the block's heading and the chart's)]
  const pictures = [
    ['Perjanjian Kinerja', 'perjanjian-kinerja', null],
    ['Pengukuran Kinerja', 'pengukuran-kinerja', null],
    ['Ringkasan Capaian', 'ringkasan-capaian', null],
    ['Ringkasan Capaian', 'grafik-capaian', ['Grafik capaian indikator', 2]],
    ['Narasi', 'narasi', null],
  ];
  const printed = new Map();
  for (const [sheet, name, shows] of pictures) {
    if (!printed.has(sheet)) {
      const one = path.join(work, `${name}.xlsx`);
      await alone(generated, sheet, one);
      printed.set(sheet, pdf(one));
    }
    const file = printed.get(sheet);
    let page = 1;
    if (shows) {
      const [words, times] = shows;
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
      page = text.findIndex((t) => t.split(words).length - 1 >= times) + 1;
      if (page === 0) throw new Error(`no page of ${sheet} shows "${words}"`);
    }
    png(file, page, name);
  }
})().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
});
