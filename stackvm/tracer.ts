// `pyvm trace`: prints every executed instruction with its line, offset, name, argument,
// stack depth and the top of the stack (reprs shortened). Built on the counting loop's
// per-instruction hook, so tracing costs nothing when it is off.

import { OPNAME, OPINFO, Op, HASJREL } from '../frontend/opcode';
import { PyObject } from '../runtime/object';
import { repr } from '../runtime/ops';
import { isPyException } from '../runtime/exceptions';
import { Frame } from './frame';
import { StackCounters } from './counters';

const TOP_ITEMS = 3;
const MAX_REPR = 40;

function shortRepr(v: PyObject | undefined): string {
  if (v === undefined) return 'NULL';
  let r: string;
  try {
    r = repr(v);
  } catch (e) {
    if (!isPyException(e)) throw e;
    r = '<repr failed>';
  }
  return r.length > MAX_REPR ? r.slice(0, MAX_REPR - 3) + '...' : r;
}

export class StackTracer extends StackCounters {
  private lastFrame: Frame | null = null;

  constructor(private readonly out: (line: string) => void) {
    super();
  }

  override count(f: Frame, pc: number, op: number, sp: number): void {
    super.count(f, pc, op, sp);
    if (op === Op.EXTENDED_ARG) return;
    if (f !== this.lastFrame) {
      this.lastFrame = f;
      this.out(`--- ${f.code.co_qualname} (${f.code.co_filename}:${f.code.co_firstlineno})`);
    }
    f.lasti = pc;
    const line = f.lineno();
    const info = OPINFO[op];
    const a = f.decoded.args[pc];
    const arg = info === undefined || !info.hasArg ? '' : HASJREL.has(op) ? `to ${a * 2}` : String(a);
    const depth = sp - f.base;
    const top: string[] = [];
    for (let i = 1; i <= Math.min(TOP_ITEMS, depth); i++) top.push(shortRepr(f.s[sp - i]));
    this.out(
      `${String(line ?? '-').padStart(4)} ${String(pc * 2).padStart(5)} ${OPNAME[op].padEnd(26)} ${arg.padStart(5)}  depth=${depth}` +
        (top.length > 0 ? `  top: ${top.join(' | ')}` : ''),
    );
  }
}
