import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Demo fiches and the admin are served from this machine; no external image hosts.
  images: { unoptimized: true },
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) once; repeating it in every build costs ~40 s.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
