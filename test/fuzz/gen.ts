// The differential fuzzer's program generator: random, valid, deterministic Python programs in
// the language pyvm supports (ints, floats, strings, lists, dicts; if/while/for with break,
// continue and else; functions with defaults and keyword arguments; closures and nonlocal;
// classes with methods and inheritance; try/except/else/finally; generators and yield from;
// comprehensions; f-strings; since session 22: nested try/finally crossed by return, break and
// continue; with statements over a context manager class (nesting, suppression, exits from the
// body); *args/**kwargs signatures and calls with their binding errors; %-formatting,
// str.format and format specs; starred and nested unpacking; lambdas, sorted keys, map/filter,
// set/dict/nested comprehensions); since session 23: generators driven by send/throw/close,
// super() chains through __init__, methods, properties and class methods; global/nonlocal;
// str methods; dict views; assignment expressions; f-strings with conversions and nested
// specs; exception chaining; slicing with steps; integer operations at their edges.
//
// Every program is a list of top-level chunks, each guarded by `try/except Exception` that
// prints the exception's type and message, so one chunk's error does not hide the rest and the
// shrinker can drop chunks independently. Loops are bounded; integer growth is bounded by
// modulo; no sets of strings are printed (their order is hash-dependent); nothing reads the
// clock, ids or addresses. Same seed -> same program.

/** mulberry32: a tiny seeded PRNG. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

type Kind = 'int' | 'float' | 'str' | 'list' | 'dict' | 'bool';

interface Scope {
  /** Variables in scope with the kind of value they hold. */
  vars: Map<string, Kind>;
  /** Functions callable here: name -> arity. */
  funcs: Map<string, number>;
  inLoop: boolean;
  inFunc: boolean;
  depth: number;
}

export class ProgramGen {
  private counter = 0;
  private inFString = false;
  constructor(private readonly r: Rng) {}

  private fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  private varOf(s: Scope, kind: Kind): string | null {
    const c = [...s.vars].filter(([, k]) => k === kind).map(([n]) => n);
    return c.length > 0 ? this.r.pick(c) : null;
  }

  /** A variable that may be assigned: never a while loop's counter (the loop must end). */
  private targetOf(s: Scope, kind: Kind): string | null {
    const c = [...s.vars].filter(([n, k]) => k === kind && !n.startsWith('c')).map(([n]) => n);
    return c.length > 0 ? this.r.pick(c) : null;
  }

  // ---- expressions (each returns Python source of a value of the requested kind)
  expr(s: Scope, kind: Kind, d = 0): string {
    const r = this.r;
    const v = this.varOf(s, kind);
    if (v !== null && r.chance(0.4)) return v;
    if (d > 2 || r.chance(0.25)) return this.literal(kind);
    switch (kind) {
      case 'int': {
        const a = this.expr(s, 'int', d + 1);
        const b = this.expr(s, 'int', d + 1);
        switch (r.int(0, 9)) {
          case 0:
            return `(${a} + ${b})`;
          case 1:
            return `(${a} - ${b})`;
          case 2:
            return `((${a} * ${b}) % 1000003)`;
          case 3:
            return `(${a} // (${b} or 1))`;
          case 4:
            return `(${a} % (${b} or 7))`;
          case 5:
            return `(-${a})`;
          case 6:
            return `len(${this.expr(s, 'str', d + 1)})`;
          case 7:
            return `(${a} ^ ${b}) & 255`;
          case 8:
            return `(${a} if ${this.expr(s, 'bool', d + 1)} else ${b})`;
          default:
            return `abs(${a}) % 97`;
        }
      }
      case 'float': {
        const a = this.expr(s, r.chance(0.5) ? 'float' : 'int', d + 1);
        const b = this.expr(s, 'float', d + 1);
        switch (r.int(0, 4)) {
          case 0:
            return `(${a} + ${b})`;
          case 1:
            return `(${a} * 0.5 - ${b})`;
          case 2:
            return `(${a} / (${b} or 1.0))`;
          case 3:
            return `round(${a}, 3)`;
          default:
            return `float(${this.expr(s, 'int', d + 1)})`;
        }
      }
      case 'str': {
        switch (r.int(0, 6)) {
          case 0:
            return `(${this.expr(s, 'str', d + 1)} + ${this.expr(s, 'str', d + 1)})[:12]`;
          case 1:
            return `str(${this.expr(s, 'int', d + 1)})`;
          case 2: {
            // No f-string inside an f-string: 3.11 forbids reusing the quote.
            if (this.inFString) return `str(${this.expr(s, 'int', d + 1)})`;
            this.inFString = true;
            const t = `f"<{${this.expr(s, 'int', d + 1)}}:{${this.expr(s, 'str', d + 1)}!r}>"`;
            this.inFString = false;
            return t;
          }
          case 3:
            return `${this.expr(s, 'str', d + 1)}.upper()`;
          case 4:
            return `(${this.expr(s, 'str', d + 1)} * (${this.expr(s, 'int', d + 1)} % 3))[:12]`;
          case 5:
            return `'-'.join([${this.expr(s, 'str', d + 1)}, ${this.literal('str')}])`;
          default:
            return `${this.expr(s, 'str', d + 1)}[:${r.int(0, 4)}]`;
        }
      }
      case 'bool': {
        switch (r.int(0, 5)) {
          case 0:
            return `(${this.expr(s, 'int', d + 1)} < ${this.expr(s, 'int', d + 1)})`;
          case 1:
            return `(${this.expr(s, 'int', d + 1)} == ${this.expr(s, 'int', d + 1)})`;
          case 2:
            return `(not ${this.expr(s, 'bool', d + 1)})`;
          case 3:
            return `(${this.expr(s, 'bool', d + 1)} and ${this.expr(s, 'bool', d + 1)})`;
          case 4:
            return `(${this.expr(s, 'int', d + 1)} in ${this.expr(s, 'list', d + 1)})`;
          default:
            return `(${this.expr(s, 'str', d + 1)} != ${this.expr(s, 'str', d + 1)})`;
        }
      }
      case 'list': {
        switch (r.int(0, 4)) {
          case 0:
            return `[${this.expr(s, 'int', d + 1)}, ${this.expr(s, 'int', d + 1)}]`;
          case 1:
            return `[x * 2 for x in range(${r.int(0, 6)}) if x % 2 == ${r.int(0, 1)}]`;
          case 2:
            return `(${this.expr(s, 'list', d + 1)} + ${this.expr(s, 'list', d + 1)})[:8]`;
          case 3:
            return `sorted(${this.expr(s, 'list', d + 1)})`;
          default:
            return `list(range(${this.expr(s, 'int', d + 1)} % 5))`;
        }
      }
      case 'dict': {
        switch (r.int(0, 2)) {
          case 0:
            return `{${this.literal('str')}: ${this.expr(s, 'int', d + 1)}}`;
          case 1:
            return `{k: k * ${r.int(1, 4)} for k in range(${r.int(0, 5)})}`;
          default:
            return `dict(${this.expr(s, 'dict', d + 1)}, z=${this.expr(s, 'int', d + 1)})`;
        }
      }
      default: {
        const never: never = kind;
        return never;
      }
    }
  }

  literal(kind: Kind): string {
    const r = this.r;
    switch (kind) {
      case 'int':
        return String(r.chance(0.8) ? r.int(-20, 100) : r.int(-100000, 100000));
      case 'float':
        return r.pick(['0.5', '1.25', '-3.0', '2.0', '1e3', '0.1', '7.75']);
      case 'str':
        return r.pick(["'a'", "'bc'", "''", "'xyz'", "'hello'", "'Q'"]);
      case 'bool':
        return r.pick(['True', 'False']);
      case 'list':
        return r.pick(['[]', '[1, 2, 3]', '[5, -1]', '[0]']);
      case 'dict':
        return r.pick(['{}', "{'a': 1}", "{'k': 2, 'm': 3}"]);
      default: {
        const never: never = kind;
        return never;
      }
    }
  }

  private anyKind(): Kind {
    return this.r.pick(['int', 'int', 'int', 'float', 'str', 'list', 'dict', 'bool'] as const);
  }

  // ---- statements (each returns lines at the given indent)
  stmts(s: Scope, n: number, ind: string): string[] {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(...this.stmt(s, ind));
    return out;
  }

  stmt(s: Scope, ind: string): string[] {
    const r = this.r;
    const deep = s.depth >= 3;
    const choice = r.int(0, deep ? 3 : 28);
    const sub: Scope = { ...s, vars: new Map(s.vars), depth: s.depth + 1 };
    switch (choice) {
      case 0:
      case 1: {
        const k = this.anyKind();
        const name = r.chance(0.5) ? this.targetOf(s, k) ?? this.fresh('v') : this.fresh('v');
        const line = `${ind}${name} = ${this.expr(s, k)}`;
        s.vars.set(name, k);
        return [line];
      }
      case 2:
        return [`${ind}print(${this.expr(s, this.anyKind())}, ${this.expr(s, this.anyKind())})`];
      case 3: {
        const v = this.targetOf(s, 'int');
        if (v !== null) return [`${ind}${v} ${r.pick(['+=', '-=', '*=', '//=', '%='])} ${r.int(1, 9)}`, `${ind}${v} %= 100003`];
        const l = this.varOf(s, 'list');
        if (l !== null) return [`${ind}${l}.append(${this.expr(s, 'int')})`, `${ind}${l} = ${l}[-8:]`];
        return [`${ind}print(${this.literal('str')})`];
      }
      case 4: {
        const lines = [`${ind}if ${this.expr(s, 'bool')}:`, ...this.block(sub, ind)];
        if (r.chance(0.4)) lines.push(`${ind}elif ${this.expr(s, 'bool')}:`, ...this.block({ ...sub, vars: new Map(s.vars) }, ind));
        if (r.chance(0.5)) lines.push(`${ind}else:`, ...this.block({ ...sub, vars: new Map(s.vars) }, ind));
        return lines;
      }
      case 5: {
        const i = this.fresh('i');
        const it = r.chance(0.5) ? `range(${r.int(0, 7)})` : this.expr(s, 'list');
        const body: Scope = { ...sub, inLoop: true };
        body.vars.set(i, 'int');
        const lines = [`${ind}for ${i} in ${it}:`];
        if (r.chance(0.4)) lines.push(`${ind}    if ${i} == ${r.int(0, 4)}:`, `${ind}        ${r.pick(['break', 'continue'])}`);
        lines.push(...this.block(body, ind));
        if (r.chance(0.3)) lines.push(`${ind}else:`, `${ind}    print('for-else', ${i} if ${r.chance(0.5) ? 'False' : 'True'} else 0)`);
        return lines;
      }
      case 6: {
        const c = this.fresh('c');
        const body: Scope = { ...sub, inLoop: true };
        body.vars.set(c, 'int');
        return [
          `${ind}${c} = 0`,
          `${ind}while ${c} < ${r.int(1, 6)}:`,
          `${ind}    ${c} += 1`,
          ...(r.chance(0.3) ? [`${ind}    if ${c} == ${r.int(1, 4)}:`, `${ind}        ${r.pick(['break', 'continue'])}`] : []),
          ...this.block(body, ind),
          ...(r.chance(0.3) ? [`${ind}else:`, `${ind}    print('while-else', ${c})`] : []),
        ];
      }
      case 7: {
        const e = this.fresh('e');
        const lines = [`${ind}try:`, ...this.block(sub, ind)];
        if (r.chance(0.5)) lines.push(`${ind}    ${this.raiser(s)}`);
        lines.push(`${ind}except ${r.pick(['ZeroDivisionError', 'ValueError', '(KeyError, IndexError)', 'Exception'])} as ${e}:`);
        lines.push(`${ind}    print('caught', type(${e}).__name__, ${e})`);
        if (r.chance(0.3)) lines.push(`${ind}else:`, `${ind}    print('no error')`);
        if (r.chance(0.4)) lines.push(`${ind}finally:`, `${ind}    print('finally')`);
        return lines;
      }
      case 8:
        return this.funcDef(s, ind);
      case 9: {
        const fs = [...s.funcs];
        if (fs.length === 0) return this.funcDef(s, ind);
        const [f, arity] = r.pick(fs);
        const args = Array.from({ length: arity }, () => this.expr(s, 'int'));
        return [`${ind}print(${f}(${args.join(', ')}))`];
      }
      case 10:
        return this.classDef(s, ind);
      case 11:
        return this.genDef(s, ind);
      case 13:
        return this.tryFinallyDef(ind);
      case 14:
        return this.withStmt(ind);
      case 15:
        return this.starArgs(s, ind);
      case 16:
        return this.formatting(s, ind);
      case 17:
        return this.unpacking(s, ind);
      case 18:
        return this.functional(s, ind);
      case 19:
        return this.generatorProtocol(s, ind);
      case 20:
        return this.superChain(s, ind);
      case 21:
        return this.scopes(s, ind);
      case 22:
        return this.strMethods(s, ind);
      case 23:
        return this.dictViews(s, ind);
      case 24:
        return this.walrus(s, ind);
      case 25:
        return this.fstrings(s, ind);
      case 26:
        return this.chaining(s, ind);
      case 27:
        return this.slicing(s, ind);
      case 28:
        return this.intOps(s, ind);
      default: {
        const d = this.varOf(s, 'dict');
        if (d !== null) {
          return [
            `${ind}${d}[${this.literal('str')}] = ${this.expr(s, 'int')}`,
            `${ind}for k_, v_ in ${d}.items():`,
            `${ind}    print(k_, v_)`,
          ];
        }
        return [`${ind}print(${this.expr(s, 'dict')})`];
      }
    }
  }

  private raiser(s: Scope): string {
    return this.r.pick([
      `raise ValueError(${this.expr(s, 'str')})`,
      `print(1 // (${this.expr(s, 'int')} - ${this.expr(s, 'int')}))`,
      `print([1, 2][${this.expr(s, 'int')}])`,
      `print({'a': 1}[${this.expr(s, 'str')}])`,
    ]);
  }

  private block(s: Scope, ind: string): string[] {
    const inner = ind + '    ';
    const lines = this.stmts(s, this.r.int(1, 3), inner);
    if (s.inLoop && this.r.chance(0.15)) lines.push(`${inner}${this.r.pick(['continue', 'break'])}`);
    return lines;
  }

  private funcDef(s: Scope, ind: string): string[] {
    const r = this.r;
    const name = this.fresh('f');
    const arity = r.int(0, 3);
    const params = Array.from({ length: arity }, (_, i) => `p${i}`);
    const body: Scope = { vars: new Map(), funcs: new Map(s.funcs), inLoop: false, inFunc: true, depth: s.depth + 1 };
    for (const p of params) body.vars.set(p, 'int');
    const defaults = r.chance(0.3) && arity > 0 ? params.map((p, i) => (i === arity - 1 ? `${p}=${r.int(0, 9)}` : p)) : params;
    const lines = [`${ind}def ${name}(${defaults.join(', ')}):`];
    if (r.chance(0.35)) {
      // A closure over a local, with nonlocal.
      const acc = this.fresh('acc');
      lines.push(`${ind}    ${acc} = ${r.int(0, 5)}`);
      lines.push(`${ind}    def inner(q):`);
      lines.push(`${ind}        nonlocal ${acc}`);
      lines.push(`${ind}        ${acc} += q`);
      lines.push(`${ind}        return ${acc}`);
      lines.push(`${ind}    for j_ in range(${r.int(1, 4)}):`);
      lines.push(`${ind}        inner(j_)`);
      body.vars.set(acc, 'int');
    }
    lines.push(...this.stmts(body, r.int(1, 3), ind + '    '));
    lines.push(`${ind}    return ${this.expr(body, r.pick(['int', 'str', 'list'] as const))}`);
    s.funcs.set(name, arity);
    if (r.chance(0.5)) {
      const args = Array.from({ length: arity }, () => this.expr(s, 'int'));
      lines.push(`${ind}print(${name}(${args.join(', ')}))`);
    }
    return lines;
  }

  private classDef(s: Scope, ind: string): string[] {
    const r = this.r;
    const base = this.fresh('C');
    const sub = this.fresh('D');
    const k = r.int(1, 9);
    const obj = this.fresh('o');
    s.vars.set(obj, 'int');
    return [
      `${ind}class ${base}:`,
      `${ind}    scale = ${k}`,
      `${ind}    def __init__(self, x):`,
      `${ind}        self.x = x`,
      `${ind}    def get(self):`,
      `${ind}        return self.x * self.scale`,
      `${ind}    def __repr__(self):`,
      `${ind}        return '${base}(' + repr(self.x) + ')'`,
      `${ind}class ${sub}(${base}):`,
      `${ind}    def get(self):`,
      `${ind}        return super().get() + ${r.int(1, 5)}`,
      `${ind}    def __eq__(self, other):`,
      `${ind}        return isinstance(other, ${base}) and self.x == other.x`,
      `${ind}    __hash__ = None`,
      `${ind}${obj} = ${sub}(${this.expr(s, 'int')}).get()`,
      `${ind}print(${base}(${this.literal('str')}), ${sub}(1) == ${sub}(1), ${obj})`,
    ];
  }

  private genDef(s: Scope, ind: string): string[] {
    const r = this.r;
    const g = this.fresh('g');
    const n = r.int(0, 5);
    const lines = [
      `${ind}def ${g}(n):`,
      `${ind}    for i in range(n):`,
      `${ind}        if i % ${r.int(2, 3)} == 0:`,
      `${ind}            yield i * ${r.int(1, 4)}`,
    ];
    if (r.chance(0.5)) lines.push(`${ind}    yield from [${r.int(0, 9)}, ${r.int(0, 9)}]`);
    lines.push(`${ind}    return n`);
    const mode = r.int(0, 2);
    if (mode === 0) lines.push(`${ind}print(list(${g}(${n})))`);
    else if (mode === 1) lines.push(`${ind}print(sum(x for x in ${g}(${n}) if x > ${r.int(0, 3)}))`);
    else {
      const it = this.fresh('it');
      lines.push(
        `${ind}${it} = ${g}(${n})`,
        `${ind}while True:`,
        `${ind}    try:`,
        `${ind}        print('next', next(${it}))`,
        `${ind}    except StopIteration as stop:`,
        `${ind}        print('stop', stop.value)`,
        `${ind}        break`,
      );
    }
    return lines;
  }

  /** Nested try/finally with return, break and continue crossing the finally blocks. */
  private tryFinallyDef(ind: string): string[] {
    const r = this.r;
    const f = this.fresh('tf');
    const exit = r.pick(['return (\'ret\', i, out)', 'break', 'continue']);
    const fin = r.pick(['', 'return (\'fin-ret\', i)', 'break', 'continue']);
    const lines = [
      `${ind}def ${f}(n):`,
      `${ind}    out = []`,
      `${ind}    for i in range(n):`,
      `${ind}        try:`,
      `${ind}            try:`,
      `${ind}                if i == ${r.int(0, 4)}:`,
      `${ind}                    ${exit}`,
      `${ind}                out.append(i)`,
      `${ind}                if i == ${r.int(0, 4)}:`,
      `${ind}                    raise ${r.pick(['ValueError', 'KeyError', 'ZeroDivisionError'])}(i)`,
      `${ind}            finally:`,
      `${ind}                out.append(-i)`,
    ];
    if (fin !== '') lines.push(`${ind}                if i == ${r.int(0, 4)}:`, `${ind}                    ${fin}`);
    lines.push(
      `${ind}        except ${r.pick(['ValueError', 'LookupError', 'Exception'])} as e:`,
      `${ind}            out.append(('exc', type(e).__name__, e.args))`,
    );
    if (r.chance(0.4)) lines.push(`${ind}        else:`, `${ind}            out.append('else')`);
    if (r.chance(0.5)) lines.push(`${ind}    else:`, `${ind}        out.append('loop-else')`);
    lines.push(`${ind}    return out`, `${ind}print(${f}(${r.int(0, 6)}))`);
    return lines;
  }

  /** A context manager class used in with statements: nesting, suppression, return inside. */
  private withStmt(ind: string): string[] {
    const r = this.r;
    const cm = this.fresh('CM');
    const fn = this.fresh('w');
    const suppress = r.pick(['True', 'False', 'exc_type is KeyError']);
    const raiseLine = r.pick(['pass', "raise KeyError('k')", 'raise ValueError(3)', 'return 7']);
    const lines = [
      `${ind}class ${cm}:`,
      `${ind}    def __init__(self, tag):`,
      `${ind}        self.tag = tag`,
      `${ind}    def __enter__(self):`,
      `${ind}        print('enter', self.tag)`,
      `${ind}        return self.tag * 2`,
      `${ind}    def __exit__(self, exc_type, exc, tb):`,
      `${ind}        print('exit', self.tag, exc_type.__name__ if exc_type else None, exc)`,
      `${ind}        return ${suppress}`,
      `${ind}def ${fn}():`,
      `${ind}    with ${cm}(${r.int(0, 5)}) as a, ${cm}('${r.pick(['x', 'y'])}') as b:`,
      `${ind}        print('body', a, b)`,
      `${ind}        ${raiseLine}`,
      `${ind}    with ${cm}(9):`,
      `${ind}        for k in range(${r.int(1, 3)}):`,
      `${ind}            with ${cm}(k) as kk:`,
      `${ind}                if k == ${r.int(0, 2)}:`,
      `${ind}                    ${r.pick(['break', 'continue', 'return kk', "raise IndexError('i')"])}`,
      `${ind}    return 'done'`,
      `${ind}print(${fn}())`,
    ];
    return lines;
  }

  /** *args / **kwargs definitions and calls, including the binding errors' messages. */
  private starArgs(s: Scope, ind: string): string[] {
    const r = this.r;
    const f = this.fresh('sa');
    const sig = r.pick(['a, *args, b=2, **kw', 'a, b=1, /, *args, c, **kw', '*args, **kw', 'a, /, b, *, c=3', 'a=0, *, b, **kw']);
    const calls = [
      `(1, 2, 3, b=4, c=5)`,
      `(*${this.expr(s, 'list')}, c=${this.expr(s, 'int')})`,
      `(1, **{'b': 2, 'c': 3, 'z': ${this.expr(s, 'int')}})`,
      `(*[1, 2], *(3,), **${this.expr(s, 'dict')})`,
      `()`,
      `(1, 2, a=3)`,
      `(b=1, c=2)`,
      `(1, c=2, **{'c': 3})`,
    ];
    const lines = [`${ind}def ${f}(${sig}):`, `${ind}    return sorted(locals().items(), key=lambda kv: kv[0])`];
    for (let i = 0; i < r.int(1, 3); i++) {
      lines.push(`${ind}try:`, `${ind}    print(${f}${r.pick(calls)})`, `${ind}except TypeError as te:`, `${ind}    print('TypeError', te)`);
    }
    return lines;
  }

  /** %-formatting, str.format and format specs. */
  private formatting(s: Scope, ind: string): string[] {
    const r = this.r;
    // The expressions go inside a double-quoted f-string too: no nested f-strings (3.11).
    const wasInF = this.inFString;
    this.inFString = true;
    const i = this.expr(s, 'int');
    const f = this.expr(s, 'float');
    const t = this.expr(s, 'str');
    this.inFString = wasInF;
    const forms = [
      `'%d|%5s|%-4r|%x|%o' % (${i}, ${t}, ${t}, abs(${i}), abs(${i}))`,
      `'%.3f|%10.2e|%g|%%' % (${f}, ${f}, ${f})`,
      `'%(a)s-%(b)05d' % {'a': ${t}, 'b': ${i}}`,
      `'{:>6}|{:^7}|{:<3}|{:+d}'.format(${t}, ${t}, ${i}, ${i})`,
      `'{0!r:>8}{1:,}{0}'.format(${t}, ${i} * 12345)`,
      `f"{${i}:08.3f}|{${f}:+.2%}|{${i}:#x}|{${i}:_b}"`,
      `format(${f}, '^12.4g') + format(${i}, ',')`,
      `'{a}{b[0]}'.format(a=${t}, b=[${i}])`,
      `'%s %s' % (${i},)`,
      `'%d' % ${t}`,
      `'{:d}'.format(${f})`,
      `'{} {}'.format(${i})`,
    ];
    return [`${ind}try:`, `${ind}    print(${r.pick(forms)})`, `${ind}except (TypeError, ValueError, IndexError, KeyError) as fe:`, `${ind}    print(type(fe).__name__, fe)`];
  }

  /** Starred and nested unpacking, including the count errors. */
  private unpacking(s: Scope, ind: string): string[] {
    const r = this.r;
    const l = this.expr(s, 'list');
    const forms = [
      [`a, *b, c = ${l}`, `print(a, b, c)`],
      [`(a, b), c = (${l})[:2], ${this.expr(s, 'int')}`, `print(a, b, c)`],
      [`*a, = ${l}`, `print(a)`],
      [`a, b = ${l}`, `print(a, b)`],
      [`x_, y_ = ${this.expr(s, 'int')}, ${this.expr(s, 'str')}`, `x_, y_ = y_, x_`, `print(x_, y_)`],
      [`for n_, (p_, q_) in enumerate(zip(${l}, ${this.expr(s, 'str')})):`, `    print(n_, p_, q_)`],
      [`d_ = {**${this.expr(s, 'dict')}, 'q': 1, **{'q': 2}}`, `print(d_, [*${l}, *'ab'])`],
    ];
    const body = r.pick(forms).map((x) => `${ind}    ${x}`);
    return [`${ind}try:`, ...body, `${ind}except (ValueError, TypeError) as ue:`, `${ind}    print(type(ue).__name__, ue)`];
  }

  /** lambda, sorted keys, map/filter, set/dict/nested comprehensions, any/all. */
  private functional(s: Scope, ind: string): string[] {
    const r = this.r;
    const l = this.expr(s, 'list');
    const k = r.int(1, 5);
    const forms = [
      `sorted(${l}, key=lambda v: (v % ${k}, -v), reverse=${r.pick(['True', 'False'])})`,
      `list(map(lambda a, b=${k}: a * b, filter(None, ${l})))`,
      `sorted({v % ${k} for v in ${l}})`,
      `{v: [w for w in range(v % 4)] for v in ${l} if v > ${r.int(-2, 3)}}`,
      `[(a, b) for a in range(${r.int(0, 3)}) for b in ${l} if a != b]`,
      `(any(v > ${k} for v in ${l}), all(v for v in ${l}), max(${l}, default=None), min(${l} or [0]))`,
      `[f(${k}) for f in [lambda x, i=i: x + i for i in range(3)]]`,
      `sum((lambda *a, **k: len(a) + len(k))(*${l}, z=1) for _ in range(2))`,
    ];
    return [`${ind}print(${r.pick(forms)})`];
  }

  /**
   * A generator driven by send/throw/close: try/except/finally around its yields, a return
   * value, and the errors of sending to a just-started or finished generator.
   */
  private generatorProtocol(s: Scope, ind: string): string[] {
    const r = this.r;
    const g = this.fresh('gp');
    const k = r.int(1, 4);
    const lines = [
      // The finally block logs rather than prints: CPython runs it when an unfinished
      // generator is collected, pyvm (no finalizers) never; the log is printed after close().
      `${ind}log_ = []`,
      `${ind}def ${g}(n):`,
      `${ind}    total = 0`,
      `${ind}    try:`,
      `${ind}        for i in range(n):`,
      `${ind}            try:`,
      `${ind}                got = yield total`,
      `${ind}            except ${r.pick(['ValueError', 'KeyError', 'Exception'])} as e:`,
      `${ind}                print('gen caught', type(e).__name__, e)`,
      `${ind}                ${r.pick(['got = -1', 'continue', 'break', 'raise', 'return -2'])}`,
      `${ind}            total += (got or 0) + i`,
      `${ind}        return total`,
      `${ind}    finally:`,
      `${ind}        log_.append(('gen finally', total))`,
      `${ind}it = ${g}(${r.int(0, 5)})`,
    ];
    const steps: string[] = [];
    for (let i = 0, n = r.int(2, 5); i < n; i++) {
      steps.push(r.pick([
        'next(it)', `it.send(${r.int(-3, 9)})`, `it.throw(ValueError(${k}))`, `it.throw(KeyError, 'k')`,
        'it.close()', `it.send(None)`, `it.throw(TypeError('t'))`,
      ]));
    }
    for (const st of steps) {
      lines.push(`${ind}try:`, `${ind}    print('step', ${st})`, `${ind}except StopIteration as e:`, `${ind}    print('stop', e.value)`,
        `${ind}except Exception as e:`, `${ind}    print('err', type(e).__name__, e)`);
    }
    // The just-started send raises TypeError out of the statement: it comes after close(), so
    // `it` is never left suspended in its try/finally (CPython would finalize it when the next
    // program rebinds `it`; pyvm has no finalizers).
    const sendFresh = r.chance(0.3) ? `${ind}print(${g}(2).send(${r.int(1, 3)}))` : null;
    lines.push(`${ind}it.close()`, `${ind}print(it.gi_running, it.gi_frame is None, log_)`);
    if (sendFresh !== null) lines.push(sendFresh);
    return lines;
  }

  /** Classes chained by super() through __init__, a method, a property and a class method. */
  private superChain(s: Scope, ind: string): string[] {
    const r = this.r;
    const a = this.fresh('A');
    const b = this.fresh('B');
    const c = this.fresh('C');
    const lines = [
      `${ind}class ${a}:`,
      `${ind}    tag = ${this.literal('str')}`,
      `${ind}    def __init__(self, x=${r.int(0, 5)}):`,
      `${ind}        self.x = x`,
      `${ind}    def f(self, y):`,
      `${ind}        return ['${a}', self.x + y]`,
      `${ind}    @classmethod`,
      `${ind}    def make(cls, *args):`,
      `${ind}        return cls(*args)`,
      `${ind}    @property`,
      `${ind}    def p(self):`,
      `${ind}        return self.x * 2`,
      `${ind}    def __repr__(self):`,
      `${ind}        return f'{type(self).__name__}({self.x!r})'`,
      `${ind}class ${b}(${a}):`,
      `${ind}    def __init__(self, x=1, z=${r.int(0, 3)}):`,
      `${ind}        super().__init__(x + z)`,
      `${ind}        self.z = z`,
      `${ind}    def f(self, y):`,
      `${ind}        return ['${b}'] + super().f(y * 2)`,
      `${ind}    @property`,
      `${ind}    def p(self):`,
      `${ind}        return super().p + 1`,
    ];
    if (r.chance(0.5)) {
      lines.push(`${ind}class ${c}(${b}):`, `${ind}    tag = ${this.literal('str')}`, `${ind}    def f(self, y):`,
        `${ind}        return super(${b}, self).f(y) + super().f(y)`);
    } else {
      lines.push(`${ind}class ${c}(${b}, ${a}):`, `${ind}    pass`);
    }
    const obj = this.fresh('o');
    lines.push(
      `${ind}${obj} = ${r.pick([`${c}(${r.int(0, 4)})`, `${c}.make(${r.int(0, 4)})`, `${b}.make()`, `${a}()`])}`,
      `${ind}print(${obj}, ${obj}.f(${this.expr(s, 'int')}), ${obj}.p, ${obj}.tag, [k.__name__ for k in type(${obj}).__mro__])`,
    );
    if (r.chance(0.3)) lines.push(`${ind}print(${c}(${r.int(0, 3)}, ${r.pick(['z=2', 'w=1', '3, 4'])}))`);
    return lines;
  }

  /** global and nonlocal: counters kept by nested functions and a module global. */
  private scopes(s: Scope, ind: string): string[] {
    const r = this.r;
    const g = this.fresh('G');
    const f = this.fresh('outer');
    const lines = [
      `${ind}${g} = ${r.int(0, 9)}`,
      `${ind}def ${f}(step):`,
      `${ind}    n = 0`,
      `${ind}    def inc():`,
      `${ind}        nonlocal n`,
      `${ind}        global ${g}`,
      `${ind}        n += step`,
      `${ind}        ${g} = ${g} * 2 % 1000 + n`,
      `${ind}        return n`,
      `${ind}    def peek():`,
      `${ind}        return n, ${g}`,
      `${ind}    return inc, peek`,
      `${ind}inc_, peek_ = ${f}(${this.expr(s, 'int')} % 7)`,
    ];
    for (let i = 0, n = r.int(1, 3); i < n; i++) lines.push(`${ind}print(inc_(), peek_(), ${g})`);
    if (r.chance(0.3)) lines.push(`${ind}print([c.cell_contents for c in inc_.__closure__], ${f}.__code__.co_cellvars)`);
    return lines;
  }

  /** str methods, including the ones that raise. */
  private strMethods(s: Scope, ind: string): string[] {
    const r = this.r;
    const x = this.expr(s, 'str');
    const y = this.literal('str');
    const n = r.int(-2, 12);
    const forms = [
      `${x}.split(${r.pick(["'b'", "None", "'l'", "''"])})`, `${x}.rsplit(None, 1)`, `${x}.partition(${y})`, `${x}.rpartition('l')`,
      `${x}.replace(${y}, '_', ${r.int(-1, 2)})`, `${x}.strip('ah')`, `${x}.find(${y}, ${r.int(-3, 3)})`, `${x}.rfind(${y})`,
      `${x}.index(${y})`, `${x}.count(${y})`, `${x}.center(${n}, '*')`, `${x}.ljust(${n})`, `${x}.zfill(${n})`,
      `${x}.title()`, `${x}.swapcase()`, `${x}.capitalize()`, `${x}.casefold()`, `${x}.startswith((${y}, 'h'))`,
      `${x}.endswith(${y}, 1)`, `${x}.isalpha()`, `${x}.isdigit()`, `${x}.isidentifier()`, `${x}.expandtabs(${r.int(0, 4)})`,
      `${x}.encode()`, `${x}.removeprefix(${y})`, `${x}.removesuffix('o')`, `${x}.splitlines()`, `${x}.join(${y})`,
      `${x}.translate({104: 'H', 97: None})`, `${x}.format(${this.expr(s, 'int')})`, `${x}.center(${n}, 'ab')`,
      `${x} * ${n}`, `${x}[${n}]`, `${x}[::${r.pick(['-1', '2', '-2'])}]`, `ord(${x}[:1] or 'z')`, `${x}.rindex('q')`,
      `sorted(${x}, reverse=True)`, `${x}.split(${y}, maxsplit=${r.int(-1, 2)})`, `${x}.ljust(3, ${y})`,
    ];
    return [`${ind}print(${r.pick(forms)}, ${r.pick(forms)})`];
  }

  /** dict views: set operations on keys and items, membership, reversed, and view liveness. */
  private dictViews(s: Scope, ind: string): string[] {
    const r = this.r;
    const d = this.fresh('dv');
    const lines = [`${ind}${d} = ${this.expr(s, 'dict')}`, `${ind}${d}.update(${this.expr(s, 'dict')})`, `${ind}ks_ = ${d}.keys()`];
    const forms = [
      `sorted(ks_ & {'a', 'k', 0}, key=str)`, `sorted(ks_ - {'a'}, key=str)`, `sorted(ks_ | {'z'}, key=str)`, `len(ks_ ^ {'m'})`,
      `list(reversed(${d}.values()))`, `list(${d}.items())[:3]`, `('a', 1) in ${d}.items()`, `'k' in ks_`,
      `${d}.get('a', ${r.int(0, 9)})`, `${d}.setdefault('n', ${r.int(0, 9)})`, `${d}.pop('zz', None)`, `${d}.pop('k', -1)`,
      `list(${d})`, `ks_.isdisjoint(['a', 'b'])`, `${d} | {'a': ${r.int(0, 5)}}`, `sorted(${d}.items(), key=lambda kv: str(kv[0]), reverse=True)`,
      `${d}.popitem() if ${d} else 'empty'`, `dict.fromkeys(ks_, 0)`, `${d} == dict(${d})`, `list(map(len, [ks_, ${d}.values(), ${d}.items()]))`,
      `${d}['missing']`,
    ];
    for (let i = 0, n = r.int(1, 3); i < n; i++) lines.push(`${ind}print(${r.pick(forms)})`);
    if (r.chance(0.3)) lines.push(`${ind}${d}['new'] = 1`, `${ind}print(len(ks_), list(ks_)[-1:])`);
    if (r.chance(0.2)) lines.push(`${ind}for k_ in ${d}:`, `${ind}    ${d}['x' + str(k_)] = 0`);
    return lines;
  }

  /** Assignment expressions in while conditions, comprehensions and nested comprehensions. */
  private walrus(s: Scope, ind: string): string[] {
    const r = this.r;
    const l = this.expr(s, 'list');
    const k = r.int(1, 4);
    const forms = [
      [`${ind}data_ = list(${l})`, `${ind}while (top_ := (data_.pop() if data_ else None)) is not None:`, `${ind}    print('top', top_)`],
      [`${ind}print([y_ for x_ in ${l} if (y_ := x_ * ${k}) > ${r.int(-2, 6)}], y_ if 'y_' in dir() else None)`],
      [`${ind}print([[a_ * b_ for b_ in range(a_) if (a_ + b_) % ${k + 1}] for a_ in range(${r.int(0, 5)})])`],
      [`${ind}print({(t_ := v % ${k + 1}): [w for w in ${l} if w % ${k + 1} == t_] for v in ${l}})`],
      [`${ind}if (n_ := len(${l})) > ${r.int(0, 3)}:`, `${ind}    print('long', n_)`, `${ind}else:`, `${ind}    print('short', n_)`],
      [`${ind}print([(i_, j_) for i_ in range(${r.int(0, 3)}) for j_ in range(i_) if (i_ - j_) != ${k}], [sum(r_) for r_ in [[1, 2], [3]]])`],
    ];
    return r.pick(forms);
  }

  /** f-strings with conversions, nested format specs, '=' and the errors of bad specs. */
  private fstrings(s: Scope, ind: string): string[] {
    const r = this.r;
    const v = this.fresh('fv');
    const w = r.int(0, 9);
    const lines = [`${ind}${v} = ${this.expr(s, r.pick(['int', 'float', 'str', 'list'] as Kind[]))}`, `${ind}w_ = ${w}`];
    const forms = [
      `f'{${v}!r:>{w_}}|'`, `f'{${v}!s:^{w_}}'`, `f'{${v}!a}'`, `f'{${v}=}'`, `f'{${v} = !r:>12}'`, `f'{${v}!r:{"<" if w_ % 2 else ">"}{w_}}'`,
      `f'{${v}:{w_}}'`, `f'{str(${v}):.{w_ % 4}}'`, `f'{${v}!r:*^{w_ + 3}}'`, `f'{len(str(${v})):0{w_}d}'`, `f'{len(str(${v})):#x} {w_:+}'`,
      `f'{${v}:d}'`, `f'{${v}:.2f}'`, `f'{${v}:,}'`, `f'{"q"!r:5}{w_!s:>3}'`, `f'{[${v}]!r}'`, `f'{{{${v}}}}'`,
      `f'{w_:{w_}.{w_}}'`, `f'{${v}:x}'`, `f'{3.14159:{w_}.{(w_ % 3) + 1}f}'`,
    ];
    for (let i = 0, n = r.int(1, 3); i < n; i++) {
      lines.push(`${ind}try:`, `${ind}    print(${r.pick(forms)})`, `${ind}except (ValueError, TypeError) as e:`, `${ind}    print('fmt', type(e).__name__, e)`);
    }
    return lines;
  }

  /** raise ... from ..., implicit context, and what the handler sees of both. */
  private chaining(s: Scope, ind: string): string[] {
    const r = this.r;
    const inner = r.pick(['ValueError(1)', "KeyError('k')", 'ZeroDivisionError()', 'IndexError(2, 3)']);
    const outer = r.pick(['RuntimeError', 'TypeError', 'LookupError']);
    const how = r.pick([' from e', ' from None', '', ' from ValueError(9)']);
    return [
      `${ind}try:`,
      `${ind}    try:`,
      `${ind}        raise ${inner}`,
      `${ind}    except Exception as e:`,
      `${ind}        ${r.chance(0.8) ? `raise ${outer}('outer')${how}` : 'raise'}`,
      `${ind}except Exception as e2:`,
      `${ind}    print(type(e2).__name__, e2.args, type(e2.__cause__).__name__, type(e2.__context__).__name__, e2.__suppress_context__)`,
    ];
  }

  /** Slicing reads, slice assignment and deletion with steps and negative bounds. */
  private slicing(s: Scope, ind: string): string[] {
    const r = this.r;
    const a = this.fresh('sl');
    const b = () => r.pick(['', String(r.int(-6, 6))]);
    const st = () => r.pick(['', '1', '2', '-1', '-2', '3', '0']);
    const lines = [`${ind}${a} = list(range(${r.int(0, 9)}))`];
    const forms = [
      `print(${a}[${b()}:${b()}:${st()}], 'abcdefg'[${b()}:${b()}:${st()}], tuple(${a})[${b()}::${st()}])`,
      `${a}[${b()}:${b()}] = ${this.expr(s, 'list')}`,
      `${a}[${b()}:${b()}:${st()}] = ${this.expr(s, 'list')}`,
      `del ${a}[${b()}:${b()}:${st()}]`,
      `print(${a}[${r.int(-10, 10)}])`,
      `print(${a}[slice(${r.int(-3, 3)}, None, ${r.pick(['None', '-1', '2'])})], range(10)[${b()}:${b()}:${st()}])`,
    ];
    for (let i = 0, n = r.int(1, 3); i < n; i++) lines.push(`${ind}${r.pick(forms)}`);
    lines.push(`${ind}print(${a})`);
    return lines;
  }

  /** Integer operations at their edges: divmod and pow with negatives, shifts, bases, round. */
  private intOps(s: Scope, ind: string): string[] {
    const r = this.r;
    const x = this.expr(s, 'int');
    const y = this.expr(s, 'int');
    const forms = [
      `divmod(${x}, ${y})`, `pow(${x}, ${r.int(-2, 5)}, ${r.pick(['None', String(r.int(-7, 9))])})`, `(${x}) << (${y} % 70)`,
      `(${x}) >> ${r.int(0, 70)}`, `(${x}) & (${y}) | ~(${x}) ^ ${r.int(0, 9)}`, `int(${r.pick(["'0x1f'", "'-101'", "' 42 '", "'1_000'", "'z'"])}, ${r.pick(['0', '2', '16', '36', '10'])})`,
      `(bin(${x}), oct(${y}), hex(${x}))`, `round(${x}, ${r.int(-3, 2)})`, `(${x}) ** ${r.int(0, 40)} % 1000`, `(${x}).bit_length()`,
      `(${x}) // (${y})`, `(${x}) % (${y})`, `abs(-(${x}))`, `(${x}).to_bytes(8, 'big', signed=True)`, `int.from_bytes(b'\\x01\\xff', ${r.pick(["'big'", "'little'"])}, signed=${r.pick(['True', 'False'])})`,
      `(${x}) / (${y})`, `float(${x}) ** 0.5`, `max(${x}, ${y}, key=abs)`, `(${x}).__index__()`, `str(${x}).zfill(6)`,
    ];
    return [`${ind}print(${r.pick(forms)}, ${r.pick(forms)})`];
  }

  /** A whole program: top-level chunks, each guarded. */
  program(nchunks: number): string[] {
    const s: Scope = { vars: new Map(), funcs: new Map(), inLoop: false, inFunc: false, depth: 0 };
    const chunks: string[] = [];
    for (let i = 0; i < nchunks; i++) {
      const body = this.stmts(s, this.r.int(1, 3), '    ');
      chunks.push(['try:', ...body, 'except Exception as exc_:', "    print('error', type(exc_).__name__, exc_)"].join('\n'));
    }
    return chunks;
  }
}

/** Program number `index` of the batch with `seed`: its chunks. */
export function generateProgram(seed: number, index: number): string[] {
  const rng = new Rng((seed * 1000003 + index * 7919) >>> 0);
  return new ProgramGen(rng).program(rng.int(2, 6));
}
