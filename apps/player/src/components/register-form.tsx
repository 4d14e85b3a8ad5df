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
import { PASSWORD_MIN_LENGTH, type RegistrationInput, validateRegistration } from './validate-registration';

type Field = keyof RegistrationInput;
const FIELDS: Field[] = ['displayName', 'email', 'password'];

export function RegisterForm() {
  const { tenant } = useTenant();
  const session = useSession();
  const router = useRouter();
  const [values, setValues] = useState<RegistrationInput>({ displayName: '', email: '', password: '' });
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [pending, setPending] = useState(false);

  const localErrors = validateRegistration(values);
  const errorFor = (field: Field) => (touched[field] ? localErrors[field] : undefined) ?? fieldMessage(problem, field);

  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    // A server problem about a field no longer applies once it is edited.
    if (problem?.fields[field]) setProblem({ ...problem, fields: { ...problem.fields, [field]: [] } });
  };
  const touch = (field: Field) => () => setTouched((t) => ({ ...t, [field]: true }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched({ displayName: true, email: true, password: true });
    if (Object.keys(localErrors).length > 0) return;
    setPending(true);
    setProblem(null);
    const result = await session.signIn('register', {
      displayName: values.displayName.trim(),
      email: values.email.trim(),
      password: values.password,
    });
    setPending(false);
    if (result.ok) router.replace(`/${tenant.slug}`);
    else setProblem(result.problem);
  };

  return (
    <AuthCard
      title={`Join ${tenant.name}`}
      intro="Create your player account. It only takes a moment."
      footer={
        <>
          Already have an account?{' '}
          <Link
            href={`/${tenant.slug}/login`}
            className="font-semibold text-brand-accent underline-offset-2 hover:underline"
          >
            Sign in
          </Link>
        </>
      }
    >
      <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
        <FormAlert problem={formLevelProblem(problem, FIELDS)} />
        <TextField
          label="Display name"
          name="displayName"
          autoComplete="nickname"
          value={values.displayName}
          onChange={set('displayName')}
          onBlur={touch('displayName')}
          error={errorFor('displayName')}
          hint="Shown to you in the lobby."
          required
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={set('email')}
          onBlur={touch('email')}
          error={errorFor('email')}
          required
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          onBlur={touch('password')}
          error={errorFor('password')}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          required
        />
        <SubmitButton pending={pending} pendingLabel="Creating account…">
          Create account
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
