import type { NextConfig } from 'next';

const config: NextConfig = {
  // The shared package and the verifier ship TypeScript source.
  transpilePackages: ['@casinox/web', '@casinox/verifier'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
