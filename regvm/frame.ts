// A register VM frame (CPython's _PyInterpreterFrame, with a register file instead of a
// value stack): the register code, the register file, where it is, and the namespaces.
//
// Python-to-Python calls link frames through `back` inside one eval loop (no JS recursion);
// `retDest` is the caller's register that receives the return value. A generator owns its
// frame while suspended; `sendDest` is the register that receives the value sent in.

import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyFunction } from '../runtime/function';
import type { PyGenerator } from '../runtime/generator';
import type { RegCode } from '../translator/regcode';

/** What a register holds: a value, NULL (`null`), or nothing (`undefined`, an unbound local). */
export type Reg = PyObject | null | undefined;

export class RegFrame {
  /** Word index of the next instruction to run when this frame resumes. */
  pc = 0;
  /** Word index of the instruction executing (or the call / yield it is suspended in). */
  lastPc = 0;
  /** The caller in the same eval loop (null: the frame returns to JS). */
  back: RegFrame | null = null;
  /** The caller's register for the return value. */
  retDest = -1;
  /** The generator owning this frame, if any. */
  gen: PyGenerator | null = null;
  /** Register receiving the value sent into the suspended generator. */
  sendDest = -1;
  /** Word index of the SEND whose sub-iterator this frame is delegating to (`yield from`), or -1. */
  delegatePc = -1;
  /**
   * For an __init__ frame entered by CALL on a class (runtime/class.ts inlinableInit): the new
   * instance, delivered to the caller when the frame returns None; otherwise null.
   */
  initSelf: PyObject | null = null;
  /**
   * For a binary dunder's frame entered by BINARY_OP_DUNDER / ATTR_BINARY_OP_DUNDER (initSelf is
   * then NotImplemented): the operands, for the TypeError when the dunder returns NotImplemented.
   */
  dunderLeft: PyObject | null = null;
  dunderRight: PyObject | null = null;
  /**
   * For a generator frame resumed inside the eval loop (FOR_ITER/SEND): the resumer's handled
   * exception, restored when the frame yields, returns or raises.
   */
  resumerExc: PyObject | undefined = undefined;
  /** The next frame of its code's pool while this one is in it (RegCode.freeFrame). */
  nextFree: RegFrame | null = null;
  /**
   * Uses of this frame from its code's pool since its register file was last replaced
   * (RegVM.frameFor): the file is replaced by a new (young) copy every FRESH_REGS_USES uses.
   */
  uses = 0;
  /**
   * rc.exec (the quickened words), rc.inline and rc.code.co_names, which the eval loop reloads into its locals at
   * every call and return: a frame only ever runs its own rc (pools are per code), so copies
   * here save the loads through rc at each frame switch.
   */
  readonly words: Int32Array;
  /** rc.wbase: where the words start in the arena the loop reads (translator/regcode.ts). */
  readonly wbase: number;
  readonly inl: unknown[];
  readonly names: string[];

  constructor(
    public readonly rc: RegCode,
    /**
     * The register file. Replaced (never resized) by RegVM.frameFor and the eval loop's back
     * edges to keep it in V8's young generation (docs/performance.md, session 16 R): read it
     * through the frame, do not keep it past an instruction.
     */
    public regs: Reg[],
    public globals: PyDict,
    public builtins: PyDict,
    /** The locals mapping of module and class bodies (LOAD_NAME / STORE_NAME); null for functions. */
    public readonly locals: PyObject | null,
    public func: PyFunction | null,
  ) {
    this.words = rc.exec;
    this.wbase = rc.wbase;
    this.inl = rc.inline;
    this.names = rc.code.co_names;
  }
}
