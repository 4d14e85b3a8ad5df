import type { ReactNode } from 'react';

export function AuthCard({
  title,
  intro,
  children,
  footer,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="mx-auto w-full max-w-md rounded-2xl border border-brand-fg/10 bg-brand-fg/5 p-6 shadow-xl sm:p-8">
      <h1 className="text-2xl font-bold">{title}</h1>
      {intro ? <p className="mt-1 text-sm opacity-75">{intro}</p> : null}
      <div className="mt-6">{children}</div>
      {footer ? <div className="mt-6 text-center text-sm opacity-90">{footer}</div> : null}
    </div>
  );
}
