import type { Metadata } from 'next';
import { OperatorLogin } from '@/features/auth/operator-login';
import { safeNextPath } from '@/features/auth/safe-next';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next } = await searchParams;
  return <OperatorLogin next={safeNextPath(next)} />;
}
