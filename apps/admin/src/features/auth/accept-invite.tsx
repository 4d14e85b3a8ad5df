'use client';

import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import {
  AcceptOperatorInviteMutation,
  fieldMessage,
  FormAlert,
  formLevelProblem,
  problemFromCombinedError,
  SubmitButton,
  TextField,
  type ApiProblem,
} from '@casinox/web';

const MIN_PASSWORD = 10;

export function AcceptInvite({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [local, setLocal] = useState<{ password?: string; confirm?: string }>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, accept] = useMutation(AcceptOperatorInviteMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = {
      password: password.length < MIN_PASSWORD ? `Use at least ${MIN_PASSWORD} characters.` : undefined,
      confirm: confirm !== password ? 'The two passwords do not match.' : undefined,
    };
    setLocal(errors);
    if (errors.password || errors.confirm) return;
    setProblem(null);
    const result = await accept({ input: { inviteToken: token, password } });
    const failure = problemFromCombinedError(result.error);
    if (failure) {
      setProblem(
        failure.code === 'NOT_FOUND'
          ? {
              ...failure,
              message: 'This invitation is invalid, expired or already used. Ask your administrator for a new one.',
            }
          : failure,
      );
      return;
    }
    setDone(true);
  };

  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold text-brand">CasinoX Admin</p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">Accept your invitation</h1>
        {done ? (
          <div className="mt-6 flex flex-col gap-4">
            <p role="status" className="text-slate-700">
              Your password is set. Sign in to finish setting up two-factor authentication.
            </p>
            <Link href="/login" className="rounded-md bg-brand px-4 py-2 text-center font-semibold text-white">
              Go to sign in
            </Link>
          </div>
        ) : (
          <form noValidate onSubmit={(e) => void submit(e)} className="mt-6 flex flex-col gap-4">
            <p className="text-sm text-slate-600">
              Choose a password for your operator account (if you already have a CasinoX account, enter its current
              password). You will set up two-factor authentication when you first sign in.
            </p>
            <FormAlert problem={formLevelProblem(problem, ['password'])} />
            <TextField
              label="New password"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={local.password ?? fieldMessage(problem, 'password')}
              hint={`At least ${MIN_PASSWORD} characters.`}
              required
            />
            <TextField
              label="Confirm password"
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              error={local.confirm}
              required
            />
            <SubmitButton pending={fetching} pendingLabel="Saving…">
              Set password
            </SubmitButton>
          </form>
        )}
      </div>
    </main>
  );
}
