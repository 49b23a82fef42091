// Optional peer columns: other Python implementations that run in Node, timed like CPython
// (program loaded once, then repeated runs, output checked against CPython's first). None
// is installed by default: they are large and not needed to build pyvm. To add them:
//
//     npm install --no-save pyodide skulpt @micropython/micropython-webassembly-pyscript brython   # in the repository, or
//     npm install --prefix ~/pyvm-peers pyodide skulpt @micropython/micropython-webassembly-pyscript brython   # elsewhere, then
//     export PYVM_PEERS_DIR=~/pyvm-peers/node_modules
//
// and run `pyvm bench` again: the columns appear in the results and the report.
import * as fs from 'fs';
import * as path from 'path';
import { childFailure, lastJsonLine, runChild } from './child';
import type { PeerResult, Warmup } from './results';
import { timingFromSamples } from './stats';

export const KNOWN_PEERS = ['pyodide', 'skulpt', 'micropython_wasm', 'brython'] as const;
export type PeerName = (typeof KNOWN_PEERS)[number];

/** The npm package each peer comes in (its directory under node_modules). */
export const PEER_PACKAGE: Record<PeerName, string> = {
  pyodide: 'pyodide',
  skulpt: 'skulpt',
  micropython_wasm: '@micropython/micropython-webassembly-pyscript',
  brython: 'brython',
};

function isPeerName(name: string): name is PeerName {
  return (KNOWN_PEERS as readonly string[]).includes(name);
}

export const PEER_MARKER = '@@PYVM-PEER-RESULT ';

/** Directories searched for a peer's package: the repository's node_modules, then $PYVM_PEERS_DIR. */
export function peerSearchPaths(root: string): string[] {
  const dirs = [path.join(root, 'node_modules')];
  const extra = process.env.PYVM_PEERS_DIR;
  if (extra !== undefined && extra !== '') dirs.push(path.resolve(extra));
  return dirs;
}

/** The package directory of an installed peer, or null. */
export function peerPackageDir(root: string, name: string): string | null {
  if (!isPeerName(name)) return null;
  for (const dir of peerSearchPaths(root)) {
    const pkg = path.join(dir, PEER_PACKAGE[name], 'package.json');
    if (fs.existsSync(pkg)) return path.dirname(pkg);
  }
  return null;
}

export function availablePeers(root: string): string[] {
  return KNOWN_PEERS.filter((p) => peerPackageDir(root, p) !== null);
}

export interface PeerJob {
  peer: string;
  packageDir: string;
  path: string;
  size: number;
  expectedOutput: string | null;
  maxTimeS: number;
  minSamples: number;
  /** Untimed runs before the timed ones (harness.ts warmupFor); null: none. */
  warmup: Warmup | null;
}

export interface PeerWorkerResult {
  status: 'ok' | 'error' | 'mismatch';
  error?: string;
  version?: string;
  samplesS?: number[];
}

export async function runPeer(
  root: string,
  peer: string,
  file: string,
  size: number,
  expectedOutput: string | null,
  maxTimeS: number,
  minSamples: number,
  timeoutMs: number,
  nodeFlags: readonly string[] = [],
  warmup: Warmup | null = null,
): Promise<PeerResult> {
  const packageDir = peerPackageDir(root, peer);
  if (packageDir === null) return { status: 'skipped', error: 'not installed' };
  const job: PeerJob = { peer, packageDir, path: file, size, expectedOutput, maxTimeS, minSamples, warmup };
  const worker = path.join(__dirname, 'peer_worker.js');
  const o = await runChild(process.execPath, [...nodeFlags, worker], JSON.stringify(job), timeoutMs, root);
  const r = lastJsonLine<PeerWorkerResult>(o.stdout, PEER_MARKER);
  if (r === null) return { status: 'error', error: childFailure(o, timeoutMs) };
  if (r.status !== 'ok' || r.samplesS === undefined) return { status: r.status, error: r.error, version: r.version };
  return { status: 'ok', version: r.version, timing: timingFromSamples(r.samplesS) };
}
