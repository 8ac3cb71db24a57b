import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The database drivers load WebAssembly and native files from their own package folders.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-postgis", "pg", "twilio"],
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: false },
};

export default withNextIntl(nextConfig);
