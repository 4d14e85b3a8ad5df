import type { NextConfig } from 'next';

const config: NextConfig = {
  // The shared packages and the verifier ship TypeScript source (@casinox/web uses @casinox/graphql's pure amount and asset modules).
  transpilePackages: ['@casinox/web', '@casinox/graphql', '@casinox/verifier'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
