import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Demo fiches and the admin are served from this machine; no external image hosts.
  images: { unoptimized: true },
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript to make its ETag, also when the page comes from
  // the cache: 6.5% of the server's CPU on a cached fiche page (tests/bench/pages.ts with --cpu-prof).
  // Pages revalidate on change and carry Cache-Control; static assets keep their immutable caching.
  generateEtags: false,
  // Next's page cache, storing a stopped fiche's page with status 410 (see the file).
  cacheHandler: fileURLToPath(new URL('./src/revalidation/cache-handler.mjs', import.meta.url)),
  // The home page is served from the page cache like a fiche page (see app/(frontend)/start).
  async rewrites() {
    return {
      beforeFiles: [{ source: '/', destination: '/start/home' }],
      afterFiles: [],
      fallback: [],
    }
  },
  // `npm test` type-checks the whole project (tsc --noEmit) once; repeating it in every build costs ~40 s.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
