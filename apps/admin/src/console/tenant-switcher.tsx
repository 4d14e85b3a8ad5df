'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { type ApiProblem, FormAlert, useSession } from '@casinox/web';
import { useViewer } from './viewer-context';

/** Operators with memberships in several tenants move between them (a new session per tenant). */
export function TenantSwitcher() {
  const { viewer, tenantId, currentMembership } = useViewer();
  const session = useSession();
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  if (viewer.memberships.length === 0) return null;
  if (viewer.memberships.length === 1 && currentMembership) {
    return (
      <div className="rounded-md bg-white/5 px-3 py-2">
        <p className="text-xs text-slate-400">Tenant</p>
        <p className="truncate text-sm font-semibold">{currentMembership.tenant.name}</p>
      </div>
    );
  }

  const change = async (next: string) => {
    if (!next || next === tenantId) return;
    setPending(true);
    setProblem(null);
    const result = await session.signIn('switch', { tenantId: next }, { authenticated: true });
    setPending(false);
    if (result.ok) router.push('/');
    else setProblem(result.problem);
  };

  return (
    <div>
      <label htmlFor={id} className="text-xs text-slate-400">
        Tenant
      </label>
      <select
        id={id}
        value={tenantId ?? ''}
        disabled={pending}
        onChange={(e) => void change(e.target.value)}
        className="mt-1 w-full rounded-md border border-white/10 bg-slate-800 px-2 py-1.5 text-sm text-white"
      >
        {!currentMembership ? <option value="">Choose a tenant…</option> : null}
        {viewer.memberships.map((m) => (
          <option key={m.tenant.id} value={m.tenant.id}>
            {m.tenant.name}
          </option>
        ))}
      </select>
      {problem ? (
        <div className="mt-2">
          <FormAlert problem={problem} />
        </div>
      ) : null}
    </div>
  );
}
