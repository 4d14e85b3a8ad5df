'use client';

import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  type ApiProblem,
  ChangeOperatorRoleMutation,
  DisableOperatorMutation,
  EnableOperatorMutation,
  fieldMessage,
  FormAlert,
  formLevelProblem,
  InviteOperatorMutation,
  OperatorRowFields,
  OperatorsQuery,
  problemFromCombinedError,
  readFragment,
  type ResultOf,
  SubmitButton,
  TextField,
} from '@casinox/web';
import { assignableRoles, can, canManageColleague, ROLE_LABELS, type Role } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { type PageOfRows, PagedTable, pageOfConnection } from '@/ui/paged-table-body';
import { Badge, Button, Card, EmptyState, formatDate, PageHeader, RevealOnce } from '@/ui/primitives';

type OperatorRow = ResultOf<typeof OperatorRowFields>;

// Lists without a typename in them (empty lists) still refetch after these mutations.
const OPERATOR_CONTEXT = { additionalTypenames: ['Operator'] };

const STATUS_TONE = { ACTIVE: 'green', INVITED: 'amber', DISABLED: 'red' } as const;
const STATUS_LABEL = { ACTIVE: 'Active', INVITED: 'Invited', DISABLED: 'Disabled' } as const;

function RoleSelect({
  value,
  roles,
  onChange,
  label,
  disabled,
}: {
  value: Role;
  roles: Role[];
  onChange: (role: Role) => void;
  label: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as Role)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm disabled:bg-slate-50 disabled:text-slate-500"
      >
        {(roles.includes(value) ? roles : [value, ...roles]).map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
    </>
  );
}

function InviteForm({ roles, onInvited }: { roles: Role[]; onInvited: (link: string, email: string) => void }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>(roles.includes('SUPPORT') ? 'SUPPORT' : (roles[0] ?? 'SUPPORT'));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, invite] = useMutation(InviteOperatorMutation);
  const roleId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const result = await invite(
      { input: { email: email.trim(), displayName: displayName.trim(), role } },
      OPERATOR_CONTEXT,
    );
    const failure = problemFromCombinedError(result.error);
    if (failure || !result.data) return setProblem(failure);
    onInvited(
      `${window.location.origin}/invite/${encodeURIComponent(result.data.inviteOperator.inviteToken)}`,
      email.trim(),
    );
    setEmail('');
    setDisplayName('');
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="grid gap-4 md:grid-cols-[1fr_1fr_auto_auto] md:items-end"
    >
      <div className="md:col-span-4">
        <FormAlert problem={formLevelProblem(problem, ['email', 'displayName', 'role'])} />
      </div>
      <TextField
        label="Email"
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldMessage(problem, 'email')}
        required
      />
      <TextField
        label="Display name"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={fieldMessage(problem, 'displayName')}
        required
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={roleId} className="text-sm font-medium">
          Role
        </label>
        <select
          id={roleId}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          className="rounded-md border border-field-border bg-field px-3 py-2"
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton
        pending={fetching}
        pendingLabel="Inviting…"
        className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
      >
        Send invite
      </SubmitButton>
    </form>
  );
}

function OperatorTableRow({
  operator,
  actorRole,
  isSelf,
  onProblem,
}: {
  operator: OperatorRow;
  actorRole: Role | null;
  isSelf: boolean;
  onProblem: (p: ApiProblem | null) => void;
}) {
  const [{ fetching: changing }, changeRole] = useMutation(ChangeOperatorRoleMutation);
  const [{ fetching: disabling }, disable] = useMutation(DisableOperatorMutation);
  const [{ fetching: enabling }, enable] = useMutation(EnableOperatorMutation);
  const manageable = canManageColleague(actorRole, operator.role) && !isSelf;
  const busy = changing || disabling || enabling;
  const name = operator.displayName;

  const run = async (action: () => Promise<{ error?: Parameters<typeof problemFromCombinedError>[0] }>) => {
    onProblem(null);
    const result = await action();
    onProblem(problemFromCombinedError(result.error));
  };

  return (
    <tr className="border-t border-slate-100">
      <td className="px-4 py-3">
        <p className="font-medium text-slate-900">
          {name} {isSelf ? <span className="text-xs text-slate-500">(you)</span> : null}
        </p>
        <p className="text-xs text-slate-500">{operator.email}</p>
      </td>
      <td className="px-4 py-3">
        <RoleSelect
          label={`Role of ${name}`}
          value={operator.role}
          roles={manageable ? assignableRoles(actorRole) : [operator.role]}
          disabled={!manageable || busy}
          onChange={(role) => void run(() => changeRole({ operatorId: operator.id, role }))}
        />
      </td>
      <td className="px-4 py-3">
        <Badge tone={STATUS_TONE[operator.status]}>{STATUS_LABEL[operator.status]}</Badge>
      </td>
      <td className="px-4 py-3 text-sm text-slate-600">{formatDate(operator.createdAt)}</td>
      <td className="px-4 py-3 text-right">
        {manageable ? (
          operator.status === 'DISABLED' ? (
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => void run(() => enable({ operatorId: operator.id }))}
              aria-label={`Enable ${name}`}
            >
              Enable
            </Button>
          ) : (
            <Button
              variant="danger"
              disabled={busy}
              onClick={() => void run(() => disable({ operatorId: operator.id }))}
              aria-label={`Disable ${name}`}
            >
              Disable
            </Button>
          )
        ) : null}
      </td>
    </tr>
  );
}

function useOperatorsPage(after: string | null): PageOfRows<OperatorRow> {
  const [result] = useQuery({ query: OperatorsQuery, variables: { after }, context: OPERATOR_CONTEXT });
  return pageOfConnection(result, result.data?.operators, (node) => readFragment(OperatorRowFields, node));
}

export function OperatorsScreen() {
  const { role, viewer } = useViewer();
  const [invited, setInvited] = useState<{ link: string; email: string } | null>(null);
  const [rowProblem, setRowProblem] = useState<ApiProblem | null>(null);
  const manage = can(role, 'staff.manage');

  return (
    <>
      <PageHeader
        title="Operators"
        description="Staff who can sign in to this tenant's console, and what they may do."
      />
      {manage ? (
        <Card
          title="Invite an operator"
          description="They receive a one-time link to set their password, then enrol two-factor authentication."
          className="mb-6"
        >
          {invited ? (
            <RevealOnce
              label={`Invite link for ${invited.email}`}
              value={invited.link}
              note="Send this link to the new operator. It is shown only once."
              onDismiss={() => setInvited(null)}
            />
          ) : (
            <InviteForm roles={assignableRoles(role)} onInvited={(link, email) => setInvited({ link, email })} />
          )}
        </Card>
      ) : null}
      <Card title="Team">
        {rowProblem ? (
          <div className="mb-3">
            <FormAlert problem={rowProblem} />
          </div>
        ) : null}
        <PagedTable
          columns={['Operator', 'Role', 'Status', 'Added', { hidden: 'Actions' }]}
          usePage={useOperatorsPage}
          loadingLabel="Loading operators…"
          empty={<EmptyState title="No operators yet">Invite your first colleague above.</EmptyState>}
          renderRow={(operator) => (
            <OperatorTableRow
              key={operator.id}
              operator={operator}
              actorRole={role}
              isSelf={operator.id === viewer.operator?.id}
              onProblem={setRowProblem}
            />
          )}
        />
      </Card>
    </>
  );
}
