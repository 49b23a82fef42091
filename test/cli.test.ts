// The pyvm command's dispatcher: help, unknown commands, and the exit statuses.
import { describe, expect, it } from 'vitest';
import { runPyvm } from './helpers/pyvm';

describe('pyvm command line', () => {
  it('prints usage listing every command with --help', () => {
    const r = runPyvm(['--help']);
    expect(r.status).toBe(0);
    for (const cmd of ['run', 'ast', 'dis', 'trace', 'stats', 'bench', 'report']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${cmd} `, 'm'));
    }
  });

  it('rejects an unknown command with status 2 and no JavaScript stack', () => {
    const r = runPyvm(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
