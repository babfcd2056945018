#!/usr/bin/env node
/* Renders assets/icon.svg to the PNG sizes the manifest and the store use, in headless Chromium.
   Usage: node scripts/make-icons.js (needs Debian's chromium). */
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

(async () => {
  const svg = fs.readFileSync(path.join(__dirname, '..', 'assets', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const size of [16, 32, 64, 80, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({
      path: path.join(__dirname, '..', 'assets', `icon-${size}.png`),
      omitBackground: true,
    });
    await page.close();
  }
  await browser.close();
})().catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
});
