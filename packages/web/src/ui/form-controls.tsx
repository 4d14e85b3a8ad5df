'use client';

import { type InputHTMLAttributes, type ReactNode, useId } from 'react';
import type { ApiProblem } from '../errors';

/*
 * Form pieces both apps share. Colours come from theme variables each app defines in its
 * `@theme` (field, field-fg, field-border, danger), so the same markup fits a branded dark
 * lobby and a light operator console.
 */

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** Problem to show under the field; marks the input invalid. */
  error?: string | undefined;
  hint?: ReactNode;
}

export function TextField({ label, error, hint, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ?? 'flex flex-col gap-1'}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="rounded-md border border-field-border bg-field px-3 py-2 text-field-fg outline-none focus:ring-2 focus:ring-brand aria-[invalid=true]:border-danger"
        {...input}
      />
      {hint ? (
        <p id={hintId} className="text-xs opacity-75">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message for a failed submit; announced to screen readers. */
export function FormAlert({ problem, children }: { problem?: ApiProblem | null; children?: ReactNode }) {
  const text = children ?? problem?.message;
  if (!text) return null;
  return (
    <div role="alert" className="rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger">
      {text}
    </div>
  );
}

interface SubmitButtonProps {
  pending: boolean;
  children: ReactNode;
  pendingLabel?: string;
  className?: string;
}

export function SubmitButton({ pending, children, pendingLabel, className }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      className={
        className ??
        'rounded-md bg-brand px-4 py-2 font-semibold text-brand-on shadow-sm transition hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-60'
      }
    >
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}
