'use client';

import { useId } from 'react';

export function AssetSelect({
  label,
  assets,
  value,
  onChange,
}: {
  label: string;
  assets: string[];
  value: string;
  onChange: (code: string) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="rounded-md border border-field-border bg-field px-3 py-2 text-field-fg outline-none focus:ring-2 focus:ring-brand"
      >
        {assets.map((code) => (
          <option key={code} value={code} className="text-black">
            {code}
          </option>
        ))}
      </select>
    </div>
  );
}
