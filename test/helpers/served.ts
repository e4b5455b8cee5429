/** The embedded archive built for real, served on 127.0.0.1, and a chromium to read it with. */
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve';
import { launchChromium } from '../browser/chromium';
import { buildSite, type BuildOptions, type BuiltSite } from './build';

export interface ServedSite {
  site: BuiltSite;
  server: StaticServer;
  browser: Browser;
  close: () => Promise<void>;
}

export async function serveBuiltSite(options: BuildOptions = {}): Promise<ServedSite> {
  const site = await buildSite(options);
  if (site.code !== 0) throw new Error(site.log);
  const server = await serveStatic(site.dist);
  const browser = await launchChromium();
  return {
    site,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
