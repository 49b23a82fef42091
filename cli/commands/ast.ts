// `pyvm ast [--positions] FILE`: prints the file's AST exactly as
// python3 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read())))" FILE
// (--positions: ast.dump(..., include_attributes=True)). A syntax error is printed as
// CPython prints it, on stderr, with exit status 1; so is a missing file.
import * as fs from 'fs';
import { dump } from '../../frontend/astdump';
import { parse } from '../../frontend/parser';
import { formatSyntaxError, PySyntaxError } from '../../frontend/syntaxerror';
import { decodeSourceBytes } from '../../frontend/source_encoding';

const USAGE = 'usage: pyvm ast [--positions] FILE.py\n';

export function main(args: string[]): number {
  let positions = false;
  const files: string[] = [];
  for (const a of args) {
    if (a === '--positions') positions = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      process.stderr.write(`pyvm ast: unknown option '${a}'\n` + USAGE);
      return 2;
    } else files.push(a);
  }
  if (files.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = files[0];
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') {
      process.stderr.write(`pyvm: can't open file '${file}': [Errno 2] No such file or directory\n`);
    } else if (err.code === 'EISDIR') {
      process.stderr.write(`pyvm: can't open file '${file}': [Errno 21] Is a directory\n`);
    } else {
      process.stderr.write(`pyvm: can't open file '${file}': ${err.message}\n`);
    }
    return 1;
  }
  try {
    const tree = parse(decodeSourceBytes(new Uint8Array(bytes), file), file);
    process.stdout.write(dump(tree, positions) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    // A tree too deep for the dump's recursion (`1+1+...+1` with 20,000 terms): CPython's
    // ast.parse fails there too, converting the tree to Python objects (ast2obj's depth check).
    if (e instanceof RangeError && e.message.includes('call stack')) {
      process.stderr.write('RecursionError: maximum recursion depth exceeded during ast construction\n');
      return 1;
    }
    throw e;
  }
}
