'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import {
  type ApiProblem,
  fieldMessage,
  FormAlert,
  formLevelProblem,
  SubmitButton,
  TextField,
  useSession,
} from '@casinox/web';
import { useTenant } from '@/tenant/tenant-context';
import { AuthCard } from './auth-card';

const FIELDS = ['email', 'password'];

export function LoginForm() {
  const { tenant } = useTenant();
  const session = useSession();
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const blanks = {
      email: email.trim() ? undefined : 'Enter your email address.',
      password: password ? undefined : 'Enter your password.',
    };
    setMissing(blanks);
    if (blanks.email || blanks.password) return;
    setPending(true);
    setProblem(null);
    const result = await session.signIn('login', { email: email.trim(), password });
    setPending(false);
    if (result.ok) router.replace(`/${tenant.slug}`);
    else setProblem(result.problem);
  };

  return (
    <AuthCard
      title="Sign in"
      intro={`Welcome back to ${tenant.name}.`}
      footer={
        <>
          New here?{' '}
          <Link
            href={`/${tenant.slug}/register`}
            className="font-semibold text-brand-accent underline-offset-2 hover:underline"
          >
            Create an account
          </Link>
        </>
      }
    >
      <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
        <FormAlert problem={formLevelProblem(problem, FIELDS)} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={missing.email ?? fieldMessage(problem, 'email')}
          required
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={missing.password ?? fieldMessage(problem, 'password')}
          required
        />
        <SubmitButton pending={pending} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
