import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { createServer } from 'node:http';
const serve = sirv('dist', { dev: false });
const server = createServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end(); })).listen(4398);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const [url, width] = process.argv.slice(2);
const page = await (await browser.newContext({ viewport: { width: Number(width ?? 1280), height: 900 } })).newPage();
await page.goto(`http://127.0.0.1:4398${url}`);
console.log(await page.evaluate(() => {
  const h = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].reduce((a, e) => a + e.getBoundingClientRect().height, 0);
  return { total: document.documentElement.scrollHeight, one: h('.claim-one'), shared: h('.claim:not(.claim-one)'), nOne: document.querySelectorAll('.claim-one').length, whatDiffers: h('.what-differs'), header: h('main > header'), sources: h('[aria-labelledby="sources-title"]'), claimsTop: document.querySelector('.claims')!.getBoundingClientRect().top + scrollY };
}));
await browser.close(); server.close();
