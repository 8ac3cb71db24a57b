import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` builds into its own folder, so that it never pulls the build from under a
  // console that is running from .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The database drivers load WebAssembly and native files from their own package folders.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-postgis", "pg", "twilio", "pdfkit"],
  poweredByHeader: false,
  // API answers are small JSON; compressing each one cost the console more than it saved on
  // loopback. A reverse proxy in front compresses for real networks.
  compress: false,
  typescript: { ignoreBuildErrors: false },
};

export default withNextIntl(nextConfig);
