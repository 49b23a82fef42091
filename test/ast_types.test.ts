// frontend/ast.ts is generated from CPython 3.11's ast module by scripts/gen_ast_types.py, and
// the _ast module's classes (runtime/modules/ast_source.ts) by scripts/gen_ast_module.py; these
// tests fail when a committed file is not what its generator produces.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { NODE_FIELDS } from '../frontend/ast';

const ROOT = path.resolve(__dirname, '..');

describe('frontend/ast.ts', () => {
  it('is current with scripts/gen_ast_types.py', () => {
    const r = spawnSync('python3', [path.join(ROOT, 'scripts', 'gen_ast_types.py')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const committed = fs.readFileSync(path.join(ROOT, 'frontend', 'ast.ts'), 'utf8');
    expect(committed).toBe(r.stdout);
  });

  it('runtime/modules/ast_source.ts (the _ast module) is current with scripts/gen_ast_module.py', () => {
    const r = spawnSync('python3', [path.join(ROOT, 'scripts', 'gen_ast_module.py')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const committed = fs.readFileSync(path.join(ROOT, 'runtime', 'modules', 'ast_source.ts'), 'utf8');
    expect(committed).toBe(r.stdout);
  });

  it("lists CPython's field order for node types", () => {
    expect(NODE_FIELDS.BinOp.fields).toEqual(['left', 'op', 'right']);
    expect(NODE_FIELDS.FunctionDef.fields).toEqual(['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment']);
    expect(NODE_FIELDS.arguments.attributes).toEqual([]);
    expect(NODE_FIELDS.Name.attributes).toEqual(['lineno', 'col_offset', 'end_lineno', 'end_col_offset']);
  });
});
