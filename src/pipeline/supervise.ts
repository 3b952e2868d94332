/**
 * The build CLI runs in two processes. The build itself is synchronous, so a signal handler in its
 * process would only run once the work is done; instead a small supervisor stays idle, starts the
 * same command again as a child that writes into a staging folder, and decides what to publish:
 * - the child finished: swap the staging folder in (publish.ts), unless it built no issue at all
 *   (refused without --allow-empty: an empty seeds folder must not wipe out an archive);
 * - the child failed, or SIGINT/SIGTERM/SIGHUP arrived: remove the staging folder, keep the target;
 * - --check: the child compares the staging folder with the target; it is always removed.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { discard, issueCount, publish, recover, stage } from './publish.ts';

/** Set in the child: the folder it writes into. */
export const STAGING_ENV = 'BUILD_DATA_STAGING';

export interface SuperviseOptions {
  target: string;
  check: boolean;
  allowEmpty: boolean;
  /** The manifest's file name, to count the issues of the archive an empty build would replace. */
  manifestFile: string;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Runs the build in a child process and publishes its output; exits the process when done. */
export async function superviseBuild({ target, check, allowEmpty, manifestFile }: SuperviseOptions): Promise<never> {
  recover(target).forEach((line) => console.error(`note: ${line}`));
  const staging = stage(target);
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [STAGING_ENV]: staging },
  });
  let built: number | null = null;
  child.on('message', (m: unknown) => {
    if (m && typeof m === 'object' && 'built' in m && typeof m.built === 'number') built = m.built;
  });
  let stopped: NodeJS.Signals | null = null;
  // A terminal's Ctrl-C reaches the child too; a `kill` of this process alone is passed on.
  const stop = (signal: NodeJS.Signals) => {
    stopped = signal;
    child.kill(signal);
  };
  SIGNALS.forEach((s) => process.on(s, stop));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));

  const leave = (status: number, message?: string): never => {
    discard(staging);
    if (message) console.error(message);
    process.exit(status);
  };
  if (stopped) leave(128 + constants.signals[stopped as NodeJS.Signals], `stopped by ${stopped}: ${target} left as it was`);
  if (check) leave(code);
  if (built === null) leave(code || 1, `the build did not finish: ${target} left as it was`);
  const before = issueCount(target, manifestFile);
  if (built === 0 && !allowEmpty) {
    leave(1, `error: no issue was built; ${target} (${before} issue(s)) left as it was. Pass --allow-empty to publish an empty archive.`);
  }
  publish(staging, target);
  process.exit(code);
}

/** In the child: tells the supervisor how many issues were written, then exits with `status`. */
export function finishBuild(issues: number, status: number): Promise<never> {
  return new Promise(() => {
    if (!process.send || !process.connected) {
      // No supervisor (it was killed): nobody will publish or clean up this folder but us.
      if (process.env[STAGING_ENV]) discard(process.env[STAGING_ENV]);
      process.exit(1);
    }
    process.send({ built: issues }, () => process.exit(status));
  });
}
