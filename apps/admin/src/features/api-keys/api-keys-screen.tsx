'use client';

import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  ApiKeyFields,
  ApiKeyScopesQuery,
  ApiKeysQuery,
  type ApiProblem,
  CreateApiKeyMutation,
  fieldMessage,
  FormAlert,
  formLevelProblem,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  RevokeApiKeyMutation,
  SubmitButton,
  TextField,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, Button, Card, EmptyState, formatDate, PageHeader, RevealOnce } from '@/ui/primitives';

type ApiKeyRow = ResultOf<typeof ApiKeyFields>;
type Scope = ResultOf<typeof ApiKeyScopesQuery>['apiKeyScopes'][number];

const KEY_CONTEXT = { additionalTypenames: ['ApiKey'] };

function CreateKeyForm({ scopes, onCreated }: { scopes: Scope[]; onCreated: (secret: string, name: string) => void }) {
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, create] = useMutation(CreateApiKeyMutation);

  const toggle = (scope: string) =>
    setSelected((s) => (s.includes(scope) ? s.filter((x) => x !== scope) : [...s, scope]));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selected.length === 0) {
      setProblem({
        code: 'BAD_USER_INPUT',
        message: 'Choose at least one scope.',
        fields: { scopes: ['Choose at least one scope.'] },
      });
      return;
    }
    setProblem(null);
    const result = await create({ input: { name: name.trim(), scopes: selected } }, KEY_CONTEXT);
    const failure = problemFromCombinedError(result.error);
    if (failure || !result.data) return setProblem(failure);
    onCreated(result.data.createApiKey.secret, name.trim());
    setName('');
    setSelected([]);
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
      <FormAlert problem={formLevelProblem(problem, ['name', 'scopes'])} />
      <TextField
        label="Key name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldMessage(problem, 'name')}
        hint="Who or what uses this key, e.g. “Affiliate dashboard”."
        required
      />
      <fieldset>
        <legend className="text-sm font-medium">Scopes</legend>
        {scopes.length === 0 ? (
          <p className="mt-1 text-sm text-slate-500">No scopes are available.</p>
        ) : (
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {scopes.map((scope) => (
              <label
                key={scope.name}
                className="flex items-start gap-2 rounded-md border border-slate-200 p-2 text-sm hover:bg-slate-50"
              >
                <input
                  type="checkbox"
                  checked={selected.includes(scope.name)}
                  onChange={() => toggle(scope.name)}
                  className="mt-0.5"
                />
                <span>
                  <span className="font-mono font-medium">{scope.name}</span>
                  <span className="block text-xs text-slate-500">{scope.description}</span>
                </span>
              </label>
            ))}
          </div>
        )}
        {fieldMessage(problem, 'scopes') ? (
          <p className="mt-1 text-sm text-danger">{fieldMessage(problem, 'scopes')}</p>
        ) : null}
      </fieldset>
      <div>
        <SubmitButton
          pending={fetching}
          pendingLabel="Creating…"
          className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          Create key
        </SubmitButton>
      </div>
    </form>
  );
}

function KeyRow({
  apiKey,
  manage,
  onProblem,
}: {
  apiKey: ApiKeyRow;
  manage: boolean;
  onProblem: (p: ApiProblem | null) => void;
}) {
  const [{ fetching }, revoke] = useMutation(RevokeApiKeyMutation);
  const [confirming, setConfirming] = useState(false);
  const revoked = apiKey.revokedAt != null;

  const doRevoke = async () => {
    onProblem(null);
    const result = await revoke({ id: apiKey.id }, KEY_CONTEXT);
    onProblem(problemFromCombinedError(result.error));
    setConfirming(false);
  };

  return (
    <tr className="border-t border-slate-100 align-top">
      <td className="px-4 py-3">
        <p className="font-medium text-slate-900">{apiKey.name}</p>
        <p className="font-mono text-xs text-slate-500">{apiKey.keyId}</p>
      </td>
      <td className="px-4 py-3">
        <div className="flex flex-wrap gap-1">
          {apiKey.scopes.map((s) => (
            <Badge key={s} tone="indigo">
              {s}
            </Badge>
          ))}
        </div>
      </td>
      <td className="px-4 py-3 text-sm text-slate-600">{formatDate(apiKey.createdAt)}</td>
      <td className="px-4 py-3 text-sm text-slate-600">
        {apiKey.lastUsedAt ? formatDate(apiKey.lastUsedAt) : 'Never'}
      </td>
      <td className="px-4 py-3">
        {revoked ? (
          <Badge tone="red">Revoked {formatDate(apiKey.revokedAt)}</Badge>
        ) : (
          <Badge tone="green">Active</Badge>
        )}
      </td>
      <td className="px-4 py-3 text-right">
        {manage && !revoked ? (
          confirming ? (
            <div className="flex justify-end gap-2">
              <Button
                variant="danger"
                disabled={fetching}
                onClick={() => void doRevoke()}
                aria-label={`Confirm revoking ${apiKey.name}`}
              >
                Revoke now
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </div>
          ) : (
            <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Revoke ${apiKey.name}`}>
              Revoke
            </Button>
          )
        ) : null}
      </td>
    </tr>
  );
}

function useApiKeysPage(after: string | null): PageOfRows<ApiKeyRow> {
  const [result] = useQuery({ query: ApiKeysQuery, variables: { after }, context: KEY_CONTEXT });
  return pageOfConnection(result, result.data?.apiKeys, (node) => readFragment(ApiKeyFields, node));
}

export function ApiKeysScreen() {
  const { role } = useViewer();
  const manage = can(role, 'apiKeys.manage');
  const [scopes] = useQuery({ query: ApiKeyScopesQuery, pause: !manage });
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  const [rowProblem, setRowProblem] = useState<ApiProblem | null>(null);

  return (
    <>
      <PageHeader
        title="Partner API keys"
        description="Partners exchange a key for short-lived tokens limited to this tenant and the key's scopes. Secrets are stored hashed and shown only once."
      />
      {manage ? (
        <Card title="Create a key" className="mb-6">
          {created ? (
            <RevealOnce
              label={`Secret for ${created.name}`}
              value={created.secret}
              note="Copy it now and store it in your partner's secret manager. It will not be shown again."
              onDismiss={() => setCreated(null)}
            />
          ) : (
            <CreateKeyForm
              scopes={scopes.data?.apiKeyScopes ?? []}
              onCreated={(secret, name) => setCreated({ secret, name })}
            />
          )}
        </Card>
      ) : null}
      <Card title="Keys">
        {rowProblem ? (
          <div className="mb-3">
            <FormAlert problem={rowProblem} />
          </div>
        ) : null}
        <PagedTable
          columns={['Name', 'Scopes', 'Created', 'Last used', 'Status', { hidden: 'Actions' }]}
          usePage={useApiKeysPage}
          loadingLabel="Loading keys…"
          empty={
            <EmptyState title="No API keys yet">
              {manage ? 'Create one above when a partner needs access.' : 'Owners and admins can create keys.'}
            </EmptyState>
          }
          renderRow={(apiKey) => <KeyRow key={apiKey.id} apiKey={apiKey} manage={manage} onProblem={setRowProblem} />}
        />
      </Card>
    </>
  );
}
