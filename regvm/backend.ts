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

export const regBackend: Backend = {
  name: 'reg',
  prepare(code: CodeObject, opts: RunOptions): Prepared {
    const passes = parsePasses(opts.passes);
    translateAll(code, passes);
    return { passes };
  },
  createRun(opts: RunOptions, prepared: unknown): BackendRun {
    const p = (prepared as Prepared | undefined) ?? { passes: parsePasses(opts.passes) };
    const vm = new RegVM(p.passes, opts.counting === true);
    return {
      exec: vm,
      runModule(code: CodeObject, globals: PyDict): void {
        vm.runModule(code, globals);
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
