// The register VM as a pipeline backend (cli/pipeline.ts registerBackend('reg', ...)):
// prepare = translate every code object of the program (timed as part of `compile`), a run =
// a RegVM on the fresh interpreter, counters in design.md's "reg" / "static.reg" shape.

import { registerBackend, Backend, BackendRun, RunOptions, StaticCounters, Counters } from '../cli/pipeline';
import { CodeObject } from '../frontend/code';
import { PyDict } from '../runtime/dict';
import { translateAll, translate } from '../translator/translate';
import { parsePasses, PassSet, RegCode } from '../translator/regcode';
import { regOpcodeTable } from './opcodes';
import { RegVM, RegCounts } from './vm';
import { evalRegFrame } from './eval';
import { RegFrame, Reg } from './frame';
import { decodeAt } from './opcodes';
import { readsOf } from '../translator/effects';
import { addr2line } from '../frontend/linetable';
import { None, PyFloat } from '../runtime/object';
import { typeOf } from '../runtime/types';
import { floatRepr } from '../runtime/float_repr';
import { EAGER_FEEDBACK_ALLOWED, callV8Native, setV8Flags } from '../cli/eager_feedback';

/**
 * The first program run in a process (not a pyvm command-line process, not counting or
 * tracing) allocates the feedback vectors of the functions it calls at their first call instead
 * of lazily, as the stack VM's first run does (stackvm/backend.ts): the runtime helpers the
 * loop inlines (compareNumbers' `<` in binary_trees' `if max_depth < min_depth + 2`, taken once
 * per run before the helper had a vector) then have feedback, and the loop compiled at run 2's
 * entry is not deoptimised there (session 25). An explicit lazy-feedback-allocation flag given
 * to node is left alone.
 */
let eagerFeedbackRun = EAGER_FEEDBACK_ALLOWED;

/**
 * Throws away the register loop's optimised code after a process's first program. A program
 * whose Python code re-enters the loop from the runtime (sorting's and wordcount's key
 * functions) has the loop compiled during run 1, before the paths it takes only at the end of
 * main; run 2 ran that code and was deoptimised there ('Insufficient type feedback'), so run 2
 * was OSR-compiled and run 3 started with another compile (session 25). Without code at run
 * 2's entry the loop is compiled there with the whole of run 1's feedback, as it already was
 * for every other program. V8's own deoptimisation entry, reached through a function made
 * while native syntax is allowed; the flag is off again before anything else is parsed.
 */
function discardLoopCode(vm: RegVM): void {
  try {
    callV8Native('DeoptimizeFunction', evalRegFrame);
    // The loop compiled now (regular code, with run 1's feedback), by one call that runs a
    // module of one RETURN_VALUE (a path every run takes): V8 compiled it at run 2's entry,
    // 50-600 ms of CPU time in the first sampled run of every program (session 26). The stack
    // VM does the same after its first program (stackvm/backend.ts, session 27).
    callV8Native('OptimizeFunctionOnNextCall', evalRegFrame);
    // (The compiler required here, as cli/pipeline.ts requires it: a run of a .pyc needs none.)
    const { compileSource } = require('../frontend/compile') as typeof import('../frontend/compile');
    vm.runModule(compileSource('', '<loop compile>'), new PyDict());
  } catch {
    // Never the program's concern: the loop's code is kept.
  }
}

interface Prepared {
  passes: PassSet;
}

function countersOf(c: RegCounts): Counters['reg'] {
  const by: Record<string, number> = {};
  c.byOpcode.forEach((n, op) => {
    if (n > 0) by[regOpcodeTable[op].name] = n;
  });
  return {
    instructions: c.instructions,
    by_opcode: by,
    reg_reads: c.regReads,
    reg_writes: c.regWrites,
    moves: c.moves,
    pushes: 0,
    pops: 0,
    calls: c.calls,
    frames: c.framesPushed,
  };
}

/** Static size of the register code of `code` and everything nested in it. */
export function regStaticCounters(code: CodeObject, passes: PassSet): NonNullable<StaticCounters['reg']> {
  const rcs: RegCode[] = translateAll(code, passes);
  let instructions = 0;
  let bytes = 0;
  let registers = 0;
  let maxRegisters = 0;
  let stackInstructions = 0;
  let stackBytes = 0;
  for (const rc of rcs) {
    instructions += rc.starts.length;
    bytes += rc.bytes;
    registers += rc.nregs;
    maxRegisters = Math.max(maxRegisters, rc.nregs);
    stackInstructions += rc.stackInstructions;
    stackBytes += rc.stackBytes;
  }
  const out: NonNullable<StaticCounters['reg']> = {
    code_objects: rcs.length,
    instructions,
    bytes,
    registers,
    max_registers: maxRegisters,
  };
  const totals: Record<string, number> = {};
  for (const rc of rcs) for (const [k, v] of Object.entries(rc.passes)) totals[k] = (totals[k] ?? 0) + v;
  for (const [k, v] of Object.entries(totals)) out[`pass_${k}`] = v;
  void stackInstructions;
  void stackBytes;
  return out;
}

/** Short, side-effect-free text of a register's value (never calls Python code). */
function shortValue(v: Reg): string {
  if (v === undefined) return '<unbound>';
  if (v === null) return 'NULL';
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return JSON.stringify(v.length > 24 ? v.slice(0, 24) + '...' : v);
    default:
      if (v === None) return 'None';
      if (v instanceof PyFloat) return floatRepr(v.value);
      return `<${typeOf(v)?.name ?? v.constructor.name}>`;
  }
}

/**
 * `pyvm trace --vm reg`: one line per executed instruction: source line, word index, the
 * instruction, then the registers it reads with their values (the register VM's counterpart of
 * the stack VM's "top of the stack").
 */
/** translator/disassemble.ts's instruction text, required by tracing runs only (start-up, session 25). */
function formatRegInstr(rc: RegFrame['rc'], pc: number): string {
  return (require('../translator/disassemble') as typeof import('../translator/disassemble')).formatRegInstr(rc, pc);
}

function traceHook(out: (line: string) => void): (f: RegFrame, pc: number) => void {
  return (f, pc) => {
    const rc = f.rc;
    const code = rc.code;
    const line = addr2line(code.co_linetable, code.co_firstlineno, rc.offsetAtWord[pc]);
    const d = decodeAt(rc.words, pc);
    const reads = readsOf(d);
    const regs = [...reads.regs, ...reads.unchecked].map((r) => `R${r}=${shortValue(f.regs[r])}`).join(' ');
    out(`${code.co_name}:${line ?? '?'} ${String(pc).padStart(4)} ${formatRegInstr(rc, pc)}${regs ? '  | ' + regs : ''}`);
  };
}

export const regBackend: Backend = {
  name: 'reg',
  prepare(code: CodeObject, opts: RunOptions): Prepared {
    const passes = parsePasses(opts.passes);
    translateAll(code, passes);
    return { passes };
  },
  createRun(opts: RunOptions, prepared: unknown): BackendRun {
    const p = (prepared as Prepared | undefined) ?? { passes: parsePasses(opts.passes) };
    const vm = new RegVM(p.passes, opts.counting === true || opts.trace !== undefined);
    if (opts.trace !== undefined) vm.trace = traceHook(opts.trace);
    return {
      exec: vm,
      runModule(code: CodeObject, globals: PyDict): void {
        if (!eagerFeedbackRun || vm.counts !== null || vm.trace !== null) {
          vm.runModule(code, globals);
          return;
        }
        eagerFeedbackRun = false;
        setV8Flags('--no-lazy-feedback-allocation');
        try {
          vm.runModule(code, globals);
        } finally {
          setV8Flags('--lazy-feedback-allocation');
        }
        discardLoopCode(vm);
      },
      counters(): Partial<Counters> | null {
        return vm.counts === null ? null : { reg: countersOf(vm.counts) };
      },
    };
  },
  staticCounters(code: CodeObject, prepared: unknown): StaticCounters {
    const p = prepared as Prepared;
    return { reg: regStaticCounters(code, p.passes) };
  },
};

registerBackend('reg', regBackend);
void translate;
