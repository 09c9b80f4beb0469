// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { shareCardsIntegration } from './src/integrations/share-cards.ts';
import { cacheDir, siteUrl } from './src/lib/config.ts';

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.PARALLAX_OUT_DIR || './dist',
  cacheDir: `${cacheDir()}/astro`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap(), shareCardsIntegration({ cacheDir: `${cacheDir()}/og` })],
  markdown: { processor: unified({ smartypants: true }) },
  vite: { plugins: [tailwindcss()] },
});
