'use client';

import { type FormEvent, useEffect, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  type ApiProblem,
  type Branding,
  brandingStyle,
  CurrentTenantQuery,
  fieldMessage,
  FormAlert,
  formLevelProblem,
  isBrandColour,
  problemFromCombinedError,
  readFragment,
  SubmitButton,
  TenantBrandFields,
  TextField,
  UpdateTenantMutation,
} from '@casinox/web';
import { can } from '@/console/permissions';
import { useViewer } from '@/console/viewer-context';
import { Card, EmptyState, LoadingState, PageHeader } from '@/ui/primitives';
import { WithdrawalRulesSection } from '../wallet-settings/withdrawal-rules-section';

interface Draft {
  name: string;
  branding: Branding;
}

type ColourKey = 'primaryColor' | 'accentColor' | 'backgroundColor' | 'textColor';

const COLOURS: { key: ColourKey; label: string }[] = [
  { key: 'primaryColor', label: 'Primary colour' },
  { key: 'accentColor', label: 'Accent colour' },
  { key: 'backgroundColor', label: 'Background colour' },
  { key: 'textColor', label: 'Text colour' },
];

/** `#abc` → `#aabbcc`: the colour picker only takes the six-digit form. */
function toPickerValue(value: string): string {
  const v = value.trim();
  if (/^#[0-9a-f]{3}$/i.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return /^#[0-9a-f]{6}/i.test(v) ? v.slice(0, 7) : '#000000';
}

function ColourField({
  label,
  value,
  onChange,
  error,
  disabled,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  disabled: boolean;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const message = error ?? (isBrandColour(value) ? undefined : 'Use a six-digit hex colour such as #1e40af.');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={disabled}
          spellCheck={false}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          className="min-w-0 flex-1 rounded-md border border-field-border bg-field px-3 py-2 font-mono text-field-fg outline-none focus:ring-2 focus:ring-brand aria-[invalid=true]:border-danger"
        />
        <input
          type="color"
          aria-label={`Pick ${label.toLowerCase()}`}
          value={toPickerValue(value)}
          onChange={(e) => onChange(e.target.value)}
          disabled={disabled}
          className="h-10 w-14 shrink-0 cursor-pointer rounded-md border border-slate-300 bg-white p-1"
        />
      </div>
      {message ? (
        <p id={errorId} className="text-sm text-danger">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** A miniature of the player lobby, painted with the draft branding through the same CSS variables. */
function BrandPreview({ draft }: { draft: Draft }) {
  return (
    <div
      aria-label="Live preview"
      role="img"
      style={brandingStyle(draft.branding)}
      className="overflow-hidden rounded-xl border border-slate-200 bg-brand-bg text-brand-fg shadow-inner"
    >
      <div className="flex items-center justify-between bg-brand px-4 py-3 text-brand-on">
        <span className="font-extrabold">{draft.branding.logoText || draft.name}</span>
        <span className="rounded-md bg-brand-accent px-2 py-1 text-xs font-semibold text-brand-accent-on">
          Create account
        </span>
      </div>
      <div className="p-4">
        <div className="rounded-lg bg-gradient-to-br from-brand to-brand-accent p-4 text-brand-on">
          <p className="text-lg font-bold">Welcome to {draft.name || 'your casino'}</p>
          {draft.branding.tagline ? <p className="text-sm opacity-90">{draft.branding.tagline}</p> : null}
        </div>
        <p className="mt-3 text-sm">Body text in the text colour on the background colour.</p>
      </div>
    </div>
  );
}

export function SettingsScreen() {
  const { currentMembership, role } = useViewer();
  const slug = currentMembership?.tenant.slug ?? '';
  const [result] = useQuery({ query: CurrentTenantQuery, variables: { slug }, pause: !slug });
  const [{ fetching: saving }, update] = useMutation(UpdateTenantMutation);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const editable = can(role, 'tenant.update');

  const loaded = result.data?.tenant ? readFragment(TenantBrandFields, result.data.tenant) : null;
  useEffect(() => {
    if (loaded && !draft)
      setDraft({ name: loaded.name, branding: { ...loaded.branding, tagline: loaded.branding.tagline ?? '' } });
  }, [loaded, draft]);

  if (!currentMembership) return <EmptyState title="No tenant selected">Choose a tenant in the sidebar.</EmptyState>;
  if (result.error && !result.data) return <FormAlert problem={problemFromCombinedError(result.error)} />;
  if (!draft) return <LoadingState label="Loading settings…" />;

  const setBranding = <K extends keyof Branding>(key: K, value: Branding[K]) => {
    setSaved(false);
    setDraft((d) => (d ? { ...d, branding: { ...d.branding, [key]: value } } : d));
  };
  const localErrors = {
    name: draft.name.trim() ? undefined : 'Enter the casino name.',
    logoText: draft.branding.logoText.trim()
      ? draft.branding.logoText.trim().length > 32
        ? 'Keep the logo text to 32 characters.'
        : undefined
      : 'Enter the logo text.',
    tagline: (draft.branding.tagline ?? '').trim().length > 120 ? 'Keep the tagline to 120 characters.' : undefined,
  };
  const formValid =
    COLOURS.every(({ key }) => isBrandColour(draft.branding[key])) &&
    !localErrors.name &&
    !localErrors.logoText &&
    !localErrors.tagline;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!formValid) return;
    setProblem(null);
    setSaved(false);
    const { primaryColor, accentColor, backgroundColor, textColor, logoText, tagline } = draft.branding;
    const response = await update({
      input: {
        name: draft.name.trim(),
        branding: {
          primaryColor,
          accentColor,
          backgroundColor,
          textColor,
          logoText: logoText.trim(),
          tagline: tagline?.trim() || null,
        },
      },
    });
    const failure = problemFromCombinedError(response.error);
    if (failure) return setProblem(failure);
    setSaved(true);
  };

  return (
    <>
      <PageHeader
        title="Branding & settings"
        description="How the player site looks (changes reach open player pages immediately, without a reload) and the casino’s withdrawal rules."
      />
      {!editable ? (
        <div className="mb-4">
          <FormAlert>Only owners and admins can change the branding. You can look, but not save.</FormAlert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card>
          <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-5">
            <FormAlert
              problem={formLevelProblem(problem, ['name', 'logoText', 'tagline', ...COLOURS.map((c) => c.key)])}
            />
            <TextField
              label="Casino name"
              value={draft.name}
              onChange={(e) => {
                setSaved(false);
                setDraft({ ...draft, name: e.target.value });
              }}
              error={localErrors.name ?? fieldMessage(problem, 'name')}
              disabled={!editable}
              required
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label="Logo text"
                value={draft.branding.logoText}
                onChange={(e) => setBranding('logoText', e.target.value)}
                error={localErrors.logoText ?? fieldMessage(problem, 'logoText')}
                disabled={!editable}
              />
              <TextField
                label="Tagline"
                value={draft.branding.tagline ?? ''}
                onChange={(e) => setBranding('tagline', e.target.value)}
                error={localErrors.tagline ?? fieldMessage(problem, 'tagline')}
                disabled={!editable}
              />
            </div>
            <fieldset className="grid gap-4 sm:grid-cols-2">
              <legend className="mb-2 text-sm font-semibold text-slate-900">Colours</legend>
              {COLOURS.map(({ key, label }) => (
                <ColourField
                  key={key}
                  label={label}
                  value={draft.branding[key]}
                  onChange={(v) => setBranding(key, v)}
                  error={fieldMessage(problem, key)}
                  disabled={!editable}
                />
              ))}
            </fieldset>
            {editable ? (
              <div className="flex items-center gap-3">
                <SubmitButton
                  pending={saving}
                  pendingLabel="Saving…"
                  className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
                >
                  Save changes
                </SubmitButton>
                {saved ? (
                  <p role="status" className="text-sm text-emerald-700">
                    Saved. Player pages are updating now.
                  </p>
                ) : null}
              </div>
            ) : null}
          </form>
        </Card>
        <div>
          <h2 className="mb-2 text-sm font-semibold text-slate-900">Preview</h2>
          <BrandPreview draft={draft} />
        </div>
      </div>
      <div id="withdrawal-rules" className="mt-6 scroll-mt-6">
        <WithdrawalRulesSection />
      </div>
    </>
  );
}
