'use client';

import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  type ApiProblem,
  CreateTenantMutation,
  fieldMessage,
  FormAlert,
  formLevelProblem,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  SubmitButton,
  TenantRowFields,
  TenantsQuery,
  TextField,
} from '@casinox/web';
import { useViewer } from '@/console/viewer-context';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, Card, EmptyState, formatDate, PageHeader, RevealOnce } from '@/ui/primitives';

type TenantRow = ResultOf<typeof TenantRowFields>;

function useTenantsPage(after: string | null): PageOfRows<TenantRow> {
  const [result] = useQuery({ query: TenantsQuery, variables: { after }, context: TENANT_CONTEXT });
  return pageOfConnection(result, result.data?.tenants, (node) => readFragment(TenantRowFields, node));
}

const TENANT_CONTEXT = { additionalTypenames: ['Tenant'] };
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

interface TenantDraft {
  slug: string;
  name: string;
  currencies: string;
  ownerEmail: string;
  ownerDisplayName: string;
}

const EMPTY: TenantDraft = { slug: '', name: '', currencies: 'EUR', ownerEmail: '', ownerDisplayName: '' };

function CreateTenantForm({ onCreated }: { onCreated: (info: { name: string; email: string; link: string }) => void }) {
  const [draft, setDraft] = useState<TenantDraft>(EMPTY);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, create] = useMutation(CreateTenantMutation);
  const set = (key: keyof TenantDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  const slugError =
    draft.slug && !SLUG.test(draft.slug) ? 'Lowercase letters, digits and dashes; 1–32 characters.' : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (slugError) return;
    setProblem(null);
    const currencies = draft.currencies
      .split(/[\s,]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean);
    const result = await create(
      {
        input: {
          slug: draft.slug.trim(),
          name: draft.name.trim(),
          currencies,
          ownerEmail: draft.ownerEmail.trim(),
          ownerDisplayName: draft.ownerDisplayName.trim(),
        },
      },
      TENANT_CONTEXT,
    );
    const failure = problemFromCombinedError(result.error);
    if (failure || !result.data) return setProblem(failure);
    const { tenant, ownerInvite } = result.data.createTenant;
    onCreated({
      name: readFragment(TenantRowFields, tenant).name,
      email: ownerInvite.operator.email,
      link: `${window.location.origin}/invite/${encodeURIComponent(ownerInvite.inviteToken)}`,
    });
    setDraft(EMPTY);
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormAlert
          problem={formLevelProblem(problem, ['slug', 'name', 'currencies', 'ownerEmail', 'ownerDisplayName'])}
        />
      </div>
      <TextField
        label="Slug"
        value={draft.slug}
        onChange={set('slug')}
        error={slugError ?? fieldMessage(problem, 'slug')}
        hint="Player site address: /your-slug. Cannot change later."
        required
      />
      <TextField
        label="Tenant name"
        value={draft.name}
        onChange={set('name')}
        error={fieldMessage(problem, 'name')}
        required
      />
      <TextField
        label="Currencies"
        value={draft.currencies}
        onChange={set('currencies')}
        error={fieldMessage(problem, 'currencies')}
        hint="Comma separated; the first is the main currency."
        required
      />
      <div className="hidden sm:block" />
      <TextField
        label="Owner email"
        type="email"
        value={draft.ownerEmail}
        onChange={set('ownerEmail')}
        error={fieldMessage(problem, 'ownerEmail')}
        required
      />
      <TextField
        label="Owner display name"
        value={draft.ownerDisplayName}
        onChange={set('ownerDisplayName')}
        error={fieldMessage(problem, 'ownerDisplayName')}
        required
      />
      <div className="sm:col-span-2">
        <SubmitButton
          pending={fetching}
          pendingLabel="Creating…"
          className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          Create tenant
        </SubmitButton>
      </div>
    </form>
  );
}

export function TenantsScreen() {
  const { platformAdmin } = useViewer();
  const [created, setCreated] = useState<{ name: string; email: string; link: string } | null>(null);

  if (!platformAdmin)
    return <EmptyState title="Platform administrators only">This screen is for the CasinoX platform team.</EmptyState>;

  return (
    <>
      <PageHeader
        title="Tenants"
        description="Every casino brand on the platform. A new tenant starts with one owner, who accepts an invitation."
      />
      <Card title="Create a tenant" className="mb-6">
        {created ? (
          <RevealOnce
            label={`Owner invite for ${created.name}`}
            value={created.link}
            note={`Send this link to ${created.email}. It is shown only once.`}
            onDismiss={() => setCreated(null)}
          />
        ) : (
          <CreateTenantForm onCreated={setCreated} />
        )}
      </Card>
      <Card title="All tenants">
        <PagedTable
          columns={['Tenant', 'Currencies', 'Status', 'Created']}
          usePage={useTenantsPage}
          loadingLabel="Loading tenants…"
          empty={<EmptyState title="No tenants yet">Create the first one above.</EmptyState>}
          renderRow={(t) => (
            <tr key={t.id} className="border-t border-slate-100">
              <td className="px-4 py-3">
                <p className="font-medium text-slate-900">{t.name}</p>
                <p className="font-mono text-xs text-slate-500">/{t.slug}</p>
              </td>
              <td className="px-4 py-3 text-slate-700">{t.currencies.join(', ')}</td>
              <td className="px-4 py-3">
                {t.status === 'ACTIVE' ? <Badge tone="green">Active</Badge> : <Badge tone="red">Suspended</Badge>}
              </td>
              <td className="px-4 py-3 text-slate-600">{formatDate(t.createdAt)}</td>
            </tr>
          )}
        />
      </Card>
    </>
  );
}
