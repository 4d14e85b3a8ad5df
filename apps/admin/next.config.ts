import type { NextConfig } from 'next';

const config: NextConfig = {
  // The shared package ships TypeScript source.
  transpilePackages: ['@casinox/web'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
