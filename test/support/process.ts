import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { TEST_AUDIT_SIGNING_KEY } from './audit-key.ts';

const MAIN = path.resolve(import.meta.dirname, '../../server/src/main.ts');

export interface BacklineProcess {
  child: ChildProcess;
  url: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Its exit code; null when a signal ended it. */
  exit: Promise<number | null>;
  /** Ends it at once, as a crash or an OOM kill would: no drain, no cleanup. */
  kill(): Promise<void>;
}

/** Runs `node server/src/main.ts` as `npm start` does, and resolves once it serves. */
export function startBacklineProcess(env: Record<string, string>): Promise<BacklineProcess> {
  const child = spawn(process.execPath, ['--liftoff-only', MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      BACKLINE_SIMULATOR: 'off',
      BACKLINE_AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match?.[1]) {
        child.stdout.off('data', onData);
        child.stdout.on('data', (more: Buffer) => {
          output += more.toString();
        });
        resolve({
          child,
          url: match[1],
          output: () => output,
          exit,
          async kill() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            await exit;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exit.then((code) => reject(new Error(`exited with ${code} before serving:\n${output}`)));
  });
}
