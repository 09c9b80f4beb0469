// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { shareCardsIntegration } from './src/integrations/share-cards.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { cacheDir, siteUrl } from './src/lib/config.ts';

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.PARALLAX_OUT_DIR || './dist',
  cacheDir: `${cacheDir()}/astro`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap(), shareCardsIntegration({ cacheDir: `${cacheDir()}/og` }), searchIndexIntegration()],
  // No code blocks to highlight: Shiki's inline styles would need a looser policy.
  markdown: { processor: unified({ smartypants: true }), syntaxHighlight: false },
  // A Content-Security-Policy on every page: scripts and styles only from the
  // site itself or hashed by Astro, no inline event handlers, nothing loaded
  // from elsewhere. Article text is escaped, and this is the second line:
  // should markup ever slip through, it cannot run. Inline style attributes
  // are allowed (the comparison orders its rows with a CSS variable); they
  // cannot run script.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // script-src stays Astro's default ('self' and hashes), which blocks inline handlers (onerror=…) as well;
      // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly (it allows no JavaScript eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: { plugins: [tailwindcss()] },
});
