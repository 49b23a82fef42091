// The compile-time error the frontend raises: CPython's SyntaxError and its subclasses
// IndentationError and TabError, with the fields CPython's exception carries.
//
// The tokenizer, parser, symtable and compiler throw PySyntaxError; the pipeline turns it
// into the Python exception (for `compile()`/`exec` in Python code) or prints it as
// CPython does for a script (formatSyntaxError, in the parser's files) and exits 1.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    public readonly kind: SyntaxErrorKind,
    /** CPython's message, e.g. "expected ':'" or "'(' was never closed". */
    public readonly msg: string,
    public readonly filename: string,
    /** 1-based line of the error. */
    public readonly lineno: number,
    /** 1-based column (in characters) where the caret starts, as CPython's `offset`. */
    public readonly offset: number,
    /** The source line the error is on (without its newline), or null when unknown. */
    public readonly text: string | null,
    public readonly end_lineno: number | null = null,
    public readonly end_offset: number | null = null,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
    this.name = 'PySyntaxError';
  }
}
