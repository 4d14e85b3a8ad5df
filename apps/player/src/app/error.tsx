'use client';

export default function TenantError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col items-center justify-center gap-4 px-6 text-center">
      <h1 className="text-2xl font-bold">We can’t open the casino right now</h1>
      <p className="opacity-80">Our servers did not answer. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-on">
        Try again
      </button>
    </main>
  );
}
