// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { cacheDir, siteUrl } from './src/lib/config.ts';

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.PARALLAX_OUT_DIR || './dist',
  cacheDir: `${cacheDir()}/astro`,
  trailingSlash: 'always',
  // Several routes in flight at once, so share cards are drawn on every core
  // (src/lib/og/card-pool.ts) while pages render here.
  build: { format: 'directory', concurrency: 4 },
  integrations: [sitemap()],
  markdown: { processor: unified({ smartypants: true }) },
  vite: { plugins: [tailwindcss()] },
});
