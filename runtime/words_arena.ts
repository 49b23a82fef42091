// One Int32Array holding the instruction words of every code object of one VM, read by that
// VM's eval loop through a global variable. Both loops use one (stackvm/frame.ts for the
// stack VM's decoded words, translator/finalize.ts for the register VM's).
//
// Why a global: TurboFan compiled `words[pc]`, with `words` a loop-carried variable set from
// the frame at each frame switch, into a heap-object check, a map check and reloads of the
// array's length, base and external pointer at every dispatch, and kept `pc` tagged in a stack
// slot. A module-level const does not avoid this (the loop loads it from the module's context,
// with a hole check); a property of the global object assigned once is a constant to TurboFan
// (a PropertyCell of constant type, with a code dependency), so the loop's code embeds the
// array's base and length and keeps pc untagged in a register (docs/performance.md,
// "Attributes and stack VM, session 18 (A)", which measured it on the stack loop).
//
// Each code object's words are a view (subarray) of their part of the array. When the array is
// full, grow() copies it into one twice as large and assigns the global again: V8 deoptimises
// the code that embedded the old one (the cell is no longer constant) and later code loads it
// from the cell (correct, a little slower). Views of the old array stay valid for READING;
// a word written after decoding (the register VM's quickening) must be written through
// words() at the code's base, which is always the current array.
// Words are never freed: a code object's part is not reused when it dies (pyvm runs a program
// as one JS job, so neither a FinalizationRegistry nor a WeakRef reports the death before it
// ends).
//
// The array and its fill level live on the global object, not in this module, so that two
// instances of this module in one realm (a test runner loading the sources twice) share them.

type GlobalHolder = Record<string, unknown>;

/** The initial capacity in words (4 MB; a typed array's pages are only committed when written). */
const INITIAL_WORDS = 1 << 20;

export class WordsArena {
  private readonly topName: string;

  /** `globalName` is the identifier the eval loop reads (declared there with `declare const`). */
  constructor(private readonly globalName: string) {
    this.topName = `${globalName}Top`;
    if (!((globalThis as unknown as GlobalHolder)[globalName] instanceof Int32Array)) this.set(new Int32Array(INITIAL_WORDS), 0);
  }

  private set(words: Int32Array, top: number): void {
    const g = globalThis as unknown as GlobalHolder;
    if (g[this.globalName] !== words) {
      Object.defineProperty(globalThis, this.globalName, { value: words, writable: true, configurable: true, enumerable: false });
    }
    Object.defineProperty(globalThis, this.topName, { value: top, writable: true, configurable: true, enumerable: false });
  }

  /** The array every code object's words are a view of. */
  words(): Int32Array {
    return (globalThis as unknown as GlobalHolder)[this.globalName] as Int32Array;
  }

  /** How many words of the array are taken. */
  top(): number {
    return (globalThis as unknown as GlobalHolder)[this.topName] as number;
  }

  /** Replaces the array by one of at least `minCapacity` words (twice as large at least), the words copied. */
  grow(minCapacity: number): void {
    const old = this.words();
    let cap = old.length * 2;
    while (cap < minCapacity) cap *= 2;
    if (cap > 1 << 29) throw new RangeError('pyvm: out of space for decoded code');
    const words = new Int32Array(cap);
    words.set(old);
    this.set(words, this.top());
  }

  /** The start of n words of the array, reserved for one code object. */
  reserve(n: number): number {
    const top = this.top();
    if (top + n > this.words().length) this.grow(top + n);
    this.set(this.words(), top + n);
    return top;
  }
}
