// Compile-time warnings (CPython's _PyErr_EmitSyntaxWarning and the tokenizer's parser_warn):
// the frontend reports a SyntaxWarning or DeprecationWarning through a sink that the runtime
// installs around a compile (runtime/exec.ts compileChecked), which hands it to the warnings
// module. When the warnings filters turn it into an error of its own category, the sink says
// so and the frontend raises a SyntaxError with the warning's message at its location, as
// CPython replaces the warning exception with a SyntaxError (a location the warning itself
// does not carry: warnings get only the file and line). With no sink installed (the
// frontend used on its own: tests, tools) warnings are dropped.

export type CompileWarningCategory = 'SyntaxWarning' | 'DeprecationWarning';

/**
 * Emits one warning; returns true when the filters made it an error of `category` (the
 * frontend then raises SyntaxError). Any other exception it throws propagates.
 */
export type CompileWarningSink = (category: CompileWarningCategory, message: string, filename: string, lineno: number) => boolean;

let sink: CompileWarningSink | null = null;

/** How many compile-time warnings this process has reported (cli/module_cache.ts stores no module that warned). */
let reported = 0;

export function compileWarningsReported(): number {
  return reported;
}

/** Runs `run` with `s` receiving the compile-time warnings (nested compiles restore the outer). */
export function withCompileWarningSink<T>(s: CompileWarningSink, run: () => T): T {
  const prev = sink;
  sink = s;
  try {
    return run();
  } finally {
    sink = prev;
  }
}

/**
 * Reports a compile-time warning of the given line. Returns true when the caller must raise a
 * SyntaxError with the same message at the warning's location instead (the filters made the
 * warning an error); the caller raises it in its own way (Compiler.error, the tokenizer's).
 */
export function compileWarning(category: CompileWarningCategory, message: string, filename: string, lineno: number): boolean {
  reported += 1;
  return sink !== null && sink(category, message, filename, lineno);
}
