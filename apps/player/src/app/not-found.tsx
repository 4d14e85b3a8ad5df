import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col items-center justify-center gap-4 px-6 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest opacity-70">404</p>
      <h1 className="text-3xl font-bold">Casino not found</h1>
      <p className="opacity-80">
        There is no casino at this address. Check the link you followed, or go to the home page.
      </p>
      <Link href="/" className="rounded-md bg-brand px-4 py-2 font-semibold text-brand-on">
        Go to the home page
      </Link>
    </main>
  );
}
