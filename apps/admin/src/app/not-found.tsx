import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-3 px-6 text-center">
      <p className="text-sm font-semibold text-slate-500">404</p>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-600">This page does not exist in the admin console.</p>
      <Link href="/" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white">
        Back to the console
      </Link>
    </main>
  );
}
