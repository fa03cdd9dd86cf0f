/**
 * Renders scripts/icon.svg to the PNG sizes the manifest names, with Debian's Chromium.
 * Run after changing the drawing: `npx tsx scripts/draw-icons.ts`. The PNGs are committed.
 */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const SIZES = [16, 32, 48, 128];
const svg = await readFile('scripts/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
