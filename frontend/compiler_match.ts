// Code generation for `match` statements (compile.c: compiler_match and the
// compiler_pattern_* family). Not implemented yet: a match statement is reported as a
// SyntaxError naming the limitation, so a program never silently runs wrong code.

import type * as A from './ast';
import type { Compiler } from './compiler';

/** compiler_match */
export function compilerMatch(c: Compiler, s: A.Match): void {
  c.setLoc(s);
  c.error('pyvm: match statements are not supported by the compiler yet');
}
