/**
 * Screenshots of the built site at phone and desktop widths, for looking at what we ship:
 * `npm run screenshots` after `npm run build`; PNGs go to test-results/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../test/browser/chromium';
import { serveStatic } from './lib/serve';

const pages = (process.argv.slice(2).length ? process.argv.slice(2) : ['', 'decisions/19-001-728/', 'councils/london-borough-of-barnet/', 'search/?q=domestic+violence']);
const out = path.resolve('test-results/screenshots');
await mkdir(out, { recursive: true });
const server = await serveStatic(path.resolve('dist'));
const browser = await launchChromium();
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: process.env.DARK ? 'dark' : 'light' });
  for (const p of pages) {
    await page.goto(server.url + p, { waitUntil: 'networkidle' });
    const name = `${(p || 'home').replace(/[^a-z0-9]+/gi, '_').replace(/_$/, '')}-${width}${process.env.DARK ? '-dark' : ''}.png`;
    await page.screenshot({ path: path.join(out, name), fullPage: process.env.FULL === '1' });
    console.log(path.join(out, name));
  }
  await page.close();
}
await browser.close();
await server.close();
