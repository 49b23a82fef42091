// What the results record about the run's environment: the machine, and the versions of
// Node, V8, CPython and pyvm (package version and git commit), so that figures from
// different machines or builds are never compared unknowingly.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import type { MachineInfo } from './results';

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    platform: os.platform(),
    release: os.release(),
    arch: os.arch(),
    cpuModel: cpus.length > 0 ? cpus[0].model.trim() : 'unknown',
    cpuCount: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function pyvmVersion(root: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** The checked-out commit (with "-dirty" when tracked files changed), $PYVM_GIT_COMMIT, or null. */
export function gitCommit(root: string): string | null {
  // A copy of the tree outside git (e.g. a snapshot built for a long run) says its commit here.
  const given = process.env.PYVM_GIT_COMMIT;
  if (given !== undefined && given !== '') return given;
  const r = spawnSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 || r.error !== undefined) return null;
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' });
  return r.stdout.trim() + (dirty.status === 0 && dirty.stdout.trim() !== '' ? '-dirty' : '');
}
