/** Runs a command in a fresh process from the repository root and keeps its output. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ChildResult {
  readonly stdout: string;
  readonly stderr: string;
  /** Wall-clock time from spawn to exit. */
  readonly ms: number;
}

export function runChild(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ stdout, stderr, ms });
      else reject(new Error(`${args.join(' ')} exited with ${code}:\n${stderr.slice(-3000)}`));
    });
  });
}

/** A TypeScript file of this folder in a fresh Node process, through tsx as npm scripts run it. */
export const runTypeScript = (file: string, args: readonly string[] = [], env?: NodeJS.ProcessEnv): Promise<ChildResult> =>
  runChild(['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url)), ...args], env);

/** The last line of a child's output, as JSON. */
export const lastJsonLine = <T>(stdout: string): T => JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
