'use client';

export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-3 px-6 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-slate-600">
        The console hit an unexpected problem. Try again; if it keeps happening, contact the platform team.
      </p>
      <button type="button" onClick={reset} className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white">
        Try again
      </button>
    </main>
  );
}
