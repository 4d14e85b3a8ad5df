'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useState } from 'react';
import {
  type ApiProblem,
  fieldMessage,
  FormAlert,
  formLevelProblem,
  SubmitButton,
  TextField,
  useSession,
} from '@casinox/web';
import { TotpQr } from './totp-qr';

interface Challenge {
  step: 'TOTP_REQUIRED' | 'TOTP_ENROLMENT_REQUIRED';
  challengeToken: string;
  totpEnrolment: { secret: string; otpauthUrl: string } | null;
}

const CODE = /^\d{6}$/;

function CredentialsStep({
  onChallenge,
  notice,
}: {
  onChallenge: (challenge: Challenge) => void;
  notice: string | null;
}) {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setProblem({ code: 'BAD_USER_INPUT', message: 'Enter your email and password.', fields: {} });
      return;
    }
    setPending(true);
    setProblem(null);
    const result = await session.post<Challenge>('login', { email: email.trim(), password });
    setPending(false);
    if (result.ok) onChallenge(result.data);
    else setProblem(result.problem);
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
      {notice && !problem ? <FormAlert>{notice}</FormAlert> : null}
      <FormAlert problem={formLevelProblem(problem, ['email', 'password'])} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldMessage(problem, 'email')}
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldMessage(problem, 'password')}
        required
      />
      <SubmitButton pending={pending} pendingLabel="Checking…">
        Continue
      </SubmitButton>
    </form>
  );
}

function TotpStep({
  challenge,
  onDone,
  onRestart,
}: {
  challenge: Challenge;
  onDone: () => void;
  onRestart: (notice: string) => void;
}) {
  const session = useSession();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [pending, setPending] = useState(false);
  const enrolment = challenge.step === 'TOTP_ENROLMENT_REQUIRED' ? challenge.totpEnrolment : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const digits = code.replace(/\s+/g, '');
    if (!CODE.test(digits)) {
      setProblem({
        code: 'BAD_USER_INPUT',
        message: 'Enter the 6-digit code from your authenticator app.',
        fields: { code: ['Enter the 6 digits shown in your authenticator app.'] },
      });
      return;
    }
    setPending(true);
    setProblem(null);
    const result = await session.signIn('verify', { challengeToken: challenge.challengeToken, code: digits });
    setPending(false);
    if (result.ok) return onDone();
    if (result.problem.code === 'CHALLENGE_EXPIRED') return onRestart(result.problem.message);
    setProblem(result.problem);
    setCode('');
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
      {enrolment ? (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-slate-700">
            Set up two-factor authentication: scan this QR code with an authenticator app (Google Authenticator,
            1Password, Authy…), or enter the secret key by hand.
          </p>
          <div className="flex justify-center">
            <TotpQr otpauthUrl={enrolment.otpauthUrl} />
          </div>
          <TextField
            label="Secret key"
            name="totpSecret"
            readOnly
            value={enrolment.secret}
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : (
        <p className="text-sm text-slate-700">Enter the current code from your authenticator app.</p>
      )}
      <FormAlert problem={formLevelProblem(problem, ['code'])} />
      <TextField
        label="6-digit code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={7}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={fieldMessage(problem, 'code')}
        autoFocus
        required
      />
      <SubmitButton pending={pending} pendingLabel="Verifying…">
        {enrolment ? 'Verify and finish setup' : 'Verify and sign in'}
      </SubmitButton>
      <button
        type="button"
        onClick={() => onRestart('')}
        className="text-sm text-slate-600 underline-offset-2 hover:underline"
      >
        Use a different account
      </button>
    </form>
  );
}

export function OperatorLogin({ next }: { next: string }) {
  const session = useSession();
  const router = useRouter();
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Already signed in (e.g. back button): straight to the console.
  useEffect(() => {
    if (session.status === 'authenticated' && !challenge) router.replace(next);
  }, [session.status, challenge, router, next]);

  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold text-brand">CasinoX Admin</p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">
          {challenge ? 'Two-factor authentication' : 'Operator sign in'}
        </h1>
        <div className="mt-6">
          {challenge ? (
            <TotpStep
              challenge={challenge}
              onDone={() => router.replace(next)}
              onRestart={(message) => {
                setChallenge(null);
                setNotice(message || null);
              }}
            />
          ) : (
            <CredentialsStep
              notice={notice}
              onChallenge={(c) => {
                setNotice(null);
                setChallenge(c);
              }}
            />
          )}
        </div>
      </div>
    </main>
  );
}
