/**
 * `npm start`'s server process (dev/playground/server.ts run as npm runs it): a busy port is one
 * line naming the PORT= way out, and the server stops on SIGTERM, on SIGINT, and when the shell
 * npm started it from is killed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect, createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../dev/dist-path.mjs';
import { listenFailure, portFromEnv } from '../../dev/playground/server';

const SERVER = ['--import', 'tsx', 'dev/playground/server.ts'];
const children: ChildProcess[] = [];

afterEach(() => {
  // Each run leads its own process group: a server left behind by a failed test goes with it.
  for (const child of children.splice(0)) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

interface Run {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(command: string, args: string[], env: Record<string, string>): Run {
  const detached = process.platform !== 'win32';
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

async function waitFor(run: Run, pattern: RegExp): Promise<RegExpMatchArray> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const match = run.output().match(pattern);
    if (match) return match;
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${pattern} in: ${run.output()}`);
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function started(run: Run): Promise<number> {
  const [, port] = await waitFor(run, /playground: http:\/\/127\.0\.0\.1:(\d+)\//);
  return Number(port);
}

describe('npm start', () => {
  it('explains a busy port in one line with the PORT= way out', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const server = run(process.execPath, SERVER, { PORT: String(port) });
      const { code } = await server.exited;
      expect(code).toBe(1);
      const lines = server.output().trim().split('\n');
      expect(lines).toEqual([
        `Port ${port} is already in use (another npm start?): stop that one, or run ` +
          `PORT=${port + 1} npm start (PORT=0 picks any free port).`,
      ]);
    } finally {
      busy.close();
    }
  });

  it('reads PORT from the environment and refuses what is not a port', async () => {
    expect(portFromEnv(undefined)).toBe(5173);
    expect(portFromEnv(' ')).toBe(5173);
    expect(portFromEnv('0')).toBe(0);
    expect(portFromEnv('8080')).toBe(8080);
    for (const bad of ['abc', '-1', '70000', '80.5']) expect(() => portFromEnv(bad)).toThrow(/PORT=/);
    expect(listenFailure(Object.assign(new Error('x'), { code: 'EACCES' }), 80)).toMatch(/PORT=81 npm start/);

    const server = run(process.execPath, SERVER, { PORT: 'abc' });
    expect((await server.exited).code).toBe(2);
    expect(server.output().trim()).toBe(
      'PORT=abc is not a port number: use 1–65535, or PORT=0 for any free port.',
    );
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('stops the server on %s', async (signal) => {
    const server = run(process.execPath, SERVER, { PORT: '0' });
    const port = await started(server);
    // An open keep-alive connection, as the page's polling holds, must not keep it running.
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    server.child.kill(signal);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    socket.destroy();
    expect(server.output()).toContain(`${signal}: stopping the playground.`);
    expect(await listening(port)).toBe(false);
  });

  it.skipIf(process.platform === 'win32')(
    'stops when the shell npm runs it in is killed (npm passes SIGTERM to that shell only)',
    async () => {
      // As npm runs a script: `sh -c "…"`, with the shell waiting for the server.
      const shell = run('sh', ['-c', `"${process.execPath}" ${SERVER.join(' ')}; echo done`], { PORT: '0' });
      // Killed the instant the address shows, before the playground's next statement can run (a
      // loaded machine once did): the watch on its parent must already be in place by then.
      const killed = new Promise<void>((resolve) => {
        shell.child.stdout?.on('data', () => {
          if (!shell.child.killed && /playground: http/.test(shell.output())) {
            shell.child.kill('SIGTERM');
            resolve();
          }
        });
      });
      const [port] = await Promise.all([started(shell), killed]);
      await shell.exited;
      const deadline = Date.now() + 10_000;
      while ((await listening(port)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await listening(port), `still listening; it printed: ${shell.output()}`).toBe(false);
      expect(shell.output()).toContain('npm start has ended: stopping the playground.');
    },
  );
});
