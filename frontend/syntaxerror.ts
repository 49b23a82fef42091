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

/**
 * CPython's RecursionError "maximum recursion depth exceeded during compilation": a tree
 * nested too deeply for the frontend's recursion (JavaScript's stack here). It lives beside
 * PySyntaxError because the pipeline and the runtime's compile() test for both with
 * instanceof: its `name` is Python's exception name, so a test on the name cannot tell it
 * from a run-time RecursionError.
 */
export class CompileRecursionError extends Error {
  constructor() {
    super('maximum recursion depth exceeded during compilation');
    this.name = 'RecursionError';
  }
}

/**
 * What CPython prints for a compile-time error of a script (a SyntaxError, or the compiler's
 * RecursionError, which has no location line), or null for any other error.
 */
export function formatFrontendError(e: unknown): string | null {
  if (e instanceof PySyntaxError) return formatSyntaxError(e);
  if (e instanceof CompileRecursionError) return `RecursionError: ${e.message}\n`;
  return null;
}

/**
 * The text CPython 3.11 prints for an uncaught SyntaxError in a script (print_exception
 * + print_error_text in Python/pythonrun.c):
 *
 *     File "x.py", line 3
 *       <source line, leading whitespace stripped>
 *       <caret line: spaces to the offset, '^' up to end_offset>
 *     SyntaxError: msg
 *
 * Multi-line error ranges are highlighted to the end of the first line; no caret line is
 * printed when the offset falls left of the stripped text (e.g. offset 0).
 */
export function formatSyntaxError(e: PySyntaxError): string {
  // Line 0: an error with no location (a source encoding problem), printed as its message.
  if (e.lineno === 0) return `${e.kind}: ${e.msg}\n`;
  return formatSyntaxErrorLocation(e) + `${e.kind}: ${e.msg}\n`;
}

/**
 * The location block of formatSyntaxError (File line, source line, caret line), without the
 * `Kind: msg` line: also what a SyntaxError raised at run time prints (runtime/traceback.ts).
 */
export function formatSyntaxErrorLocation(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    let text = e.text;
    let offset = e.offset;
    let endOffset = e.end_offset ?? -1;
    // CPython's line_size counts the line's newline (its `text` always ends with one);
    // count it even when the error's text was built without it.
    const lineSize = [...text].length + (text.endsWith('\n') ? 0 : 1);
    if (e.end_lineno !== null && e.end_lineno > e.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    // The caret run is as wide as the UTF-8 bytes of the highlighted text (CPython
    // measures it on the encoded line); IndentationError/TabError get a single caret.
    let caretRepetitions = 1;
    if (e.kind === 'SyntaxError' && endOffset > 0 && endOffset > offset) {
      const cps = [...text];
      caretRepetitions = Buffer.byteLength(cps.slice(offset - 1, endOffset - 1).join(''), 'utf8');
      if (caretRepetitions < 1) caretRepetitions = 1;
    }
    offset--;
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
      i++;
      offset--;
    }
    text = text.slice(i);
    let chars = [...text];
    let len = chars.length;
    if (len > 0 && chars[len - 1] === '\n') len--;
    if (offset > len) offset = len;
    // Skip past newlines embedded in the text before the offset.
    for (;;) {
      const nl = chars.indexOf('\n');
      if (nl < 0 || nl >= offset) break;
      chars = chars.slice(nl + 1);
      len -= nl + 1;
      offset -= nl + 1;
    }
    text = chars.join('');
    out += '    ' + text;
    if (chars[len] !== '\n') out += '\n';
    if (offset >= 0) {
      out += '    ' + ' '.repeat(offset) + '^'.repeat(caretRepetitions) + '\n';
    }
  }
  return out;
}
