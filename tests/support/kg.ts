import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Runs `kg ARGS` as a user would, without the store choice of the test run's environment. */
export async function kg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { STORE: _store, DATA_DIR: _dataDir, ...env } = process.env;
  try {
    const { stdout, stderr } = await exec(process.execPath, ['bin/kg.js', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
