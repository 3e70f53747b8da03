// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  // The feeds need absolute addresses: the deployment sets SITE_URL to the public origin.
  site: process.env.SITE_URL || 'http://localhost:4321',
  // Every page is a folder with index.html, so links and the CloudFront/S3 origin agree on
  // one canonical form of each address.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Keep every cache under site/.astro (gitignored) instead of creating site/node_modules.
  cacheDir: './.astro/cache',
  // assetsInlineLimit 0: Astro would inline a small processed script into the page, which
  // the content security policy (script-src 'self', shared/core/security-headers.ts) blocks.
  vite: { cacheDir: './.astro/vite', build: { assetsInlineLimit: 0 } },
  // A public honor board has no interactive parts; no dev toolbar, no prefetch script.
  devToolbar: { enabled: false },
});
