import type { NextConfig } from 'next';

const config: NextConfig = {
  // The shared packages ship TypeScript source (@casinox/web uses @casinox/graphql's pure amount and asset modules).
  transpilePackages: ['@casinox/web', '@casinox/graphql'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
