import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface ChildService {
  url: string;
  pid: number;
  /** SIGKILL: no shutdown hook runs, in-flight work is cut where it stands. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A service as its own OS process (what `npm start` runs), so a test can kill it like a crash and a
 * benchmark measures it on its own core. `entry` is relative to the repository root; Node is the
 * one running the caller (the pinned Node 24); tsx loads the TypeScript. `nodeArgs` e.g. --cpu-prof;
 * `readyPath` is polled until it answers 200 (the gateway's /ready also waits for every subgraph: use /health).
 */
export async function startChildService(
  entry: string,
  env: Record<string, string>,
  options: { nodeArgs?: string[]; readyPath?: string } = {},
): Promise<ChildService> {
  const nodeArgs = options.nodeArgs ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${env.PORT}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode} during start-up`);
    try {
      if (
        (
          await fetch(`http://127.0.0.1:${env.PORT}${options.readyPath ?? '/ready'}`, {
            signal: AbortSignal.timeout(1000),
          })
        ).ok
      )
        break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${entry} did not become ready`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return { url, pid: child.pid!, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}
