import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import sirv from 'sirv';

/** Debian's Chromium unless `CHROMIUM_PATH` names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Starts headless Chromium with the flags this offline machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site on 127.0.0.1 at a free port. */
export async function serveSite(dir: string): Promise<StaticServer> {
  const handler = sirv(dir, { dev: false, etag: true });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      // As static hosts do: the site's own 404 page, when it has one.
      res.statusCode = 404;
      const page = path.join(dir, '404.html');
      if (existsSync(page)) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(page));
      } else res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** How a test opens a page: the viewport, the colour scheme, and whether the page's CSP is lifted (for injected axe-core). */
export interface OpenOptions {
  width?: number;
  height?: number;
  dark?: boolean;
  bypassCSP?: boolean;
}

/** A built site served and a browser started for one test file, both closed after it. */
export interface SiteSession {
  readonly browser: Browser;
  readonly url: string;
  /** A page of the site in a fresh context (close it with `page.context().close()`). */
  open(route: string, options?: OpenOptions): Promise<Page>;
}

/** Starts Chromium and serves `dir` before the file's tests (vitest hooks), and stops both after. */
export function siteSession(dir: string): SiteSession {
  let browser: Browser | undefined;
  let site: StaticServer | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite(dir)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return site!.url;
    },
    async open(route, options = {}) {
      const context = await browser!.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, colorScheme: options.dark ? 'dark' : 'light', bypassCSP: options.bypassCSP ?? false });
      const page = await context.newPage();
      await page.goto(`${site!.url}${route}`);
      return page;
    },
  };
}
