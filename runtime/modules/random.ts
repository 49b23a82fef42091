// The random module (Lib/random.py's Random over the Mersenne Twister of
// runtime/modules/random_mt.ts): random.Random instances and the module-level functions,
// which are the bound methods of one hidden instance, as in CPython.

import { createHash, randomBytes } from 'crypto';
import { PyObject, PyFloat, PyTuple, PyBytes, None, PyBase } from '../object';
import { PyType, KwArgs } from '../type';
import { makeBuiltinType, objectType, setSlots, typeOf, setBuiltinType } from '../types';
import { addMethod, PyBuiltinFunction } from '../function';
import { PyList } from '../containers';
import { len as opLen, getItem, setItem, toArray, hashOf, isTrue, index, richCompareBool, str, binaryOp, NB_ADD } from '../ops';
import { getAttr } from '../attr';
import { finishSubtypeInstance } from '../class';
import { raise } from '../lib_errors';
import { newException, MemoryError, PyException, TypeError as TypeErrorType } from '../exceptions';
import { parseArgs, asDouble } from '../lib_args';
import * as I from '../int_ops';
import * as dd from '../dd_math';
import { MersenneTwister } from './random_mt';
import { defineModule } from './module_util';
import { numericHash } from '../numeric';
import { floatPow } from '../float_ops';

export class PyRandom extends PyBase {
  mt = new MersenneTwister();
  declare __dict__: import('../dict').PyDict | undefined;
}
export const randomType = makeBuiltinType('Random', objectType, { module: 'random', baseType: true });
setBuiltinType(PyRandom, randomType);

const BPF = 53; // bits in a float
const MT_RANDOM = MersenneTwister.prototype.random;
const MT_GETRANDBITS = MersenneTwister.prototype.getrandbits;

/**
 * The generator of an instance of a Random subclass that defines random() or getrandbits() in
 * Python: every method that draws numbers goes through them, as random.py's methods call
 * self.random() / self.getrandbits(). _randbelow is CPython's choice at class creation: with
 * getrandbits when the class defines it or keeps the built-in random(), else from random()
 * alone (_randbelow_without_getrandbits).
 */
class SubclassDrivenMT extends MersenneTwister {
  constructor(private readonly self: PyObject, private readonly ownRandom: boolean, private readonly ownBits: boolean) {
    super();
  }
  random(): number {
    if (!this.ownRandom) return MT_RANDOM.call(this);
    const r = callMethodOf(this.self, 'random', []);
    return asDouble(r);
  }
  getrandbits(k: number): I.PyInt {
    if (!this.ownBits) return MT_GETRANDBITS.call(this, k);
    return I.asInt(callMethodOf(this.self, 'getrandbits', [k]) as I.PyIntLike);
  }
  randbelow(n: I.PyIntLike): I.PyInt {
    if (this.ownBits || !this.ownRandom) return super.randbelow(n);
    const nn = Number(I.asInt(n));
    const maxsize = 2 ** BPF;
    if (nn >= maxsize) return Math.floor(this.random() * nn);
    const rem = maxsize % nn;
    const limit = (maxsize - rem) / maxsize;
    let r = this.random();
    while (r >= limit) r = this.random();
    return Math.floor(r * maxsize) % nn;
  }
}

function callMethodOf(self: PyObject, name: string, args: PyObject[]): PyObject {
  const { callObject } = require('../call') as typeof import('../call');
  return callObject(getAttr(self, name), args, null);
}

/** Whether t (a subclass of Random) defines `name` in Python rather than inheriting the built-in. */
function overrides(t: PyType, name: string): boolean {
  for (const c of t.mro) if (c.dict.has(name)) return c.isHeapType;
  return false;
}

/**
 * A bit or byte count argument: an int, a bool or an object with __index__, converted as
 * CPython converts it to a C `int` (getrandbits) or `ssize_t` (randbytes, through
 * getrandbits(n * 8) on the Python side): OverflowError past the C type's range.
 */
function countArg(v: PyObject, cType: 'int' | 'ssize_t' = 'int'): number {
  const i = index(v);
  const limit = cType === 'int' ? 2 ** 31 - 1 : 2 ** 63 - 1;
  if (typeof i === 'bigint' || i > limit || i < -limit - 1) raise('OverflowError', `Python int too large to convert to C ${cType}`);
  return i as number;
}

/** The count checks of a method written in Python in CPython's random.py: `name(self, n)`. */
function oneArg(cls: string, name: string, param: string, args: PyObject[], kwargs: KwArgs): PyObject {
  if (kwargs !== null && kwargs.size > 0) {
    const key = kwargs.keys().next().value as string;
    if (key !== param || args.length > 0 || kwargs.size > 1) {
      raise('TypeError', `${cls}.${name}() got an unexpected keyword argument '${key === param ? [...kwargs.keys()][1] : key}'`);
    }
    return kwargs.get(param)!;
  }
  if (args.length === 0) raise('TypeError', `${cls}.${name}() missing 1 required positional argument: '${param}'`);
  if (args.length > 1) raise('TypeError', `${cls}.${name}() takes 2 positional arguments but ${args.length + 1} were given`);
  return args[0];
}

function R(v: PyObject): MersenneTwister {
  return (v as PyRandom).mt;
}

/** Random.seed(a=None): ints directly; str/bytes through sha512 (version 2); others by hash. */
function seed(mt: MersenneTwister, a: PyObject | undefined): void {
  if (a === undefined || a === None) {
    const t = BigInt(Date.now()) * 1000003n + BigInt(Math.floor(Math.random() * 2 ** 32));
    mt.seedInt(t);
    return;
  }
  if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') {
    mt.seedInt(a);
    return;
  }
  if (typeof a === 'string' || a instanceof PyBytes) {
    const bytes = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a.bytes);
    const digest = createHash('sha512').update(bytes).digest();
    const all = Buffer.concat([bytes, digest]);
    const n = all.length === 0 ? 0n : BigInt('0x' + all.toString('hex'));
    mt.seedInt(n);
    return;
  }
  if (!(a instanceof PyFloat)) {
    raise('TypeError', 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }
  // random_seed: hash(a) as an unsigned machine word.
  const h = BigInt.asUintN(64, BigInt(a instanceof PyFloat ? numericHash(a)! : hashOf(a)));
  mt.seedInt(h);
}

/** randrange's argument conversion (3.11: integral floats still accepted). */
function rrArg(v: PyObject, n: number): I.PyInt {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return I.asInt(v);
  if (v instanceof PyFloat) {
    if (!Number.isInteger(v.value)) raise('ValueError', `non-integer ${n === 0 ? 'arg 1' : n === 1 ? 'stop' : 'step'} for randrange()`);
    return I.floatToInt(v.value);
  }
  const s = typeOf(v).slots.nb_index;
  if (s === undefined) raise('TypeError', `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
  return s!(v);
}

const NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
const TWOPI = 2.0 * Math.PI;
const LOG4 = dd.log(4.0);
const SG_MAGICCONST = 1.0 + dd.log(4.5);

function def(name: string, impl: (mt: MersenneTwister, args: PyObject[], kwargs: KwArgs, self: PyObject) => PyObject): void {
  addMethod(randomType, name, (self, args, kwargs) => impl(R(self), args, kwargs, self));
}

setSlots(randomType, {
  tp_new: (t: PyType, args) => {
    const r = new PyRandom();
    if (t !== randomType) {
      const ownRandom = overrides(t, 'random');
      const ownBits = overrides(t, 'getrandbits');
      if (ownRandom || ownBits) r.mt = new SubclassDrivenMT(r, ownRandom, ownBits);
    }
    seed(r.mt, t === randomType ? args[0] : undefined);
    return t === randomType ? r : finishSubtypeInstance(r, t);
  },
  // random.py's Random.__init__(x=None): self.seed(x). A subclass with an __init__ of its own
  // seeds when it calls super().__init__ (the argument of its call is not a seed).
  tp_init: (self, args, kw) => {
    const x = args[0] ?? kw?.get('x') ?? None;
    const t = typeOf(self);
    if (t !== randomType && overrides(t, 'seed')) callMethodOf(self, 'seed', [x]);
    else seed(R(self), x);
  },
});

def('seed', (mt, args, kwargs) => {
  const [a] = parseArgs({ fname: 'Random.seed', pythonFunction: true, names: ['a', 'version'], required: 0 }, args, kwargs);
  seed(mt, a);
  return None;
});
// Random.random and Random.getrandbits are the generator's own (a subclass's override calling
// super().random() gets these, not itself).
def('random', (mt) => new PyFloat(MT_RANDOM.call(mt)));
def('getrandbits', (mt, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) raise('TypeError', 'Random.getrandbits() takes no keyword arguments');
  if (args.length !== 1) raise('TypeError', `Random.getrandbits() takes exactly one argument (${args.length} given)`);
  return MT_GETRANDBITS.call(mt, countArg(args[0]));
});
// Random._randbelow(n): uniform in [0, n), n > 0 (secrets.randbelow calls it).
def('_randbelow', (mt, args) => mt.randbelow(rrArg(args[0], 0)));
// Random.randbytes(n): getrandbits(n * 8) as n little-endian bytes.
def('randbytes', (mt, args, kwargs) => {
  // random.py's randbytes(n): self.getrandbits(n * 8).to_bytes(n, 'little').
  const n = index(oneArg('Random', 'randbytes', 'n', args, kwargs));
  if (typeof n === 'bigint' || Math.abs(n * 8) > 2 ** 31 - 1) raise('OverflowError', 'Python int too large to convert to C int');
  if (n < 0) raise('ValueError', 'number of bits must be non-negative');
  const x = BigInt(mt.getrandbits(n * 8));
  const out = new Uint8Array(n);
  for (let i = 0; i < out.length; i++) out[i] = Number((x >> BigInt(8 * i)) & 0xffn);
  return new PyBytes(out);
});
def('randrange', (mt, args, kwargs) => {
  const [start, stop, step] = parseArgs({ fname: 'Random.randrange', pythonFunction: true, names: ['start', 'stop', 'step'], required: 1 }, args, kwargs);
  // random.py: a step given without a stop (step is not its default 1 object)
  if ((stop === undefined || stop === None) && step !== undefined && step !== 1) raise('TypeError', 'Missing a non-None stop argument');
  return mt.randrange(rrArg(start!, 0), stop === undefined || stop === None ? null : rrArg(stop, 1), step === undefined ? 1 : rrArg(step, 2));
});
def('randint', (mt, args) => {
  if (args.length !== 2) raise('TypeError', `Random.randint() missing ${2 - args.length} required positional argument${args.length === 1 ? '' : 's'}`);
  return mt.randint(rrArg(args[0], 0), rrArg(args[1], 1));
});
def('choice', (mt, args) => {
  const seq = args[0];
  const n = opLen(seq);
  return getItem(seq, mt.choiceIndex(n));
});
def('shuffle', (mt, args) => {
  const x = args[0];
  if (x instanceof PyList) {
    mt.shuffle(x.items);
    return None;
  }
  const n = opLen(x);
  for (let i = n - 1; i >= 1; i--) {
    const j = Number(mt.randbelow(i + 1));
    const a = getItem(x, i), b = getItem(x, j);
    setItem(x, i, b);
    setItem(x, j, a);
  }
  return None;
});
def('sample', (mt, args, kwargs) => {
  const [population, k, counts] = parseArgs({ fname: 'Random.sample', pythonFunction: true, names: ['population', 'k', 'counts'], required: 2, kwOnlyFrom: 2 }, args, kwargs);
  const t = typeOf(population!);
  if (t.slots.mp_subscript === undefined || t.slots.sq_length === undefined || t.name === 'dict') {
    raise('TypeError', 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  let pop = toArray(population!);
  if (counts !== undefined && counts !== None) {
    const cs = toArray(counts);
    if (cs.length !== pop.length) raise('ValueError', 'The number of counts does not match the population');
    const expanded: PyObject[] = [];
    cs.forEach((c, i) => { for (let r = 0; r < Number(c); r++) expanded.push(pop[i]); });
    pop = expanded;
  }
  const kk = k!;
  if (typeof kk !== 'number' && typeof kk !== 'boolean') raise('TypeError', `'${typeOf(kk).tpName}' object cannot be interpreted as an integer`);
  return new PyList(mt.sample(pop, Number(kk)));
});
def('uniform', (mt, args) => new PyFloat(mt.uniform(asDouble(args[0]), asDouble(args[1]))));
def('gauss', (mt, args, kwargs) => {
  const [mu, sigma] = parseArgs({ fname: 'Random.gauss', pythonFunction: true, names: ['mu', 'sigma'], required: 0 }, args, kwargs);
  return new PyFloat(mt.gauss(mu === undefined ? 0 : asDouble(mu), sigma === undefined ? 1 : asDouble(sigma)));
});
/** Random.normalvariate (Kinderman and Monahan's ratio method, two random() calls a try). */
function normalVariate(mt: MersenneTwister, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = mt.random();
    const u2 = 1.0 - mt.random();
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    const zz = z * z / 4.0;
    if (zz <= -dd.log(u2)) break;
  }
  return mu + z * sigma;
}
def('normalvariate', (mt, args, kwargs) => {
  const [mu, sigma] = parseArgs({ fname: 'Random.normalvariate', pythonFunction: true, names: ['mu', 'sigma'], required: 0 }, args, kwargs);
  return new PyFloat(normalVariate(mt, mu === undefined ? 0 : asDouble(mu), sigma === undefined ? 1 : asDouble(sigma)));
});
def('lognormvariate', (mt, args, kwargs) => {
  const [mu, sigma] = parseArgs({ fname: 'Random.lognormvariate', pythonFunction: true, names: ['mu', 'sigma'], required: 2 }, args, kwargs);
  return new PyFloat(dd.exp(normalVariate(mt, asDouble(mu!), asDouble(sigma!))));
});

/** x % TWOPI with Python's float modulo (the result takes the divisor's sign). */
function modTwoPi(x: number): number {
  const r = x % TWOPI;
  return r !== 0 && r < 0 ? r + TWOPI : r;
}

// Random.vonmisesvariate(mu, kappa): Best and Fisher's rejection method (1979), in the order
// of random() calls of CPython's random.py.
def('vonmisesvariate', (mt, args, kwargs) => {
  const [muArg, kappaArg] = parseArgs({ fname: 'Random.vonmisesvariate', pythonFunction: true, names: ['mu', 'kappa'], required: 2 }, args, kwargs);
  const mu = asDouble(muArg!);
  const kappa = asDouble(kappaArg!);
  if (kappa <= 1e-6) return new PyFloat(TWOPI * mt.random());
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = mt.random();
    z = Math.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = mt.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * dd.exp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = mt.random();
  return new PyFloat(u3 > 0.5 ? modTwoPi(mu + Math.acos(f)) : modTwoPi(mu - Math.acos(f)));
});

/**
 * Random.gammavariate(alpha, beta): Cheng's rejection method (1977) for alpha > 1, the
 * exponential distribution for alpha == 1, and algorithm GS (Kennedy and Gentle) below 1.
 */
function gammaVariate(mt: MersenneTwister, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) raise('ValueError', 'gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = mt.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - mt.random();
      const v = dd.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * dd.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= dd.log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -dd.log(1.0 - mt.random()) * beta;
  let x: number;
  for (;;) {
    const u = mt.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? floatPowNum(p, 1.0 / alpha) : -dd.log((b - p) / alpha);
    const u1 = mt.random();
    if (p > 1.0) {
      if (u1 <= floatPowNum(x, alpha - 1.0)) break;
    } else if (u1 <= dd.exp(-x)) break;
  }
  return x * beta;
}

/** x ** y for the distributions (real results only: x >= 0 here). */
function floatPowNum(x: number, y: number): number {
  const r = floatPow(x, y);
  return typeof r === 'number' ? r : raise('ValueError', 'math domain error');
}

def('gammavariate', (mt, args, kwargs) => {
  const [alpha, beta] = parseArgs({ fname: 'Random.gammavariate', pythonFunction: true, names: ['alpha', 'beta'], required: 2 }, args, kwargs);
  return new PyFloat(gammaVariate(mt, asDouble(alpha!), asDouble(beta!)));
});
def('betavariate', (mt, args, kwargs) => {
  const [alpha, beta] = parseArgs({ fname: 'Random.betavariate', pythonFunction: true, names: ['alpha', 'beta'], required: 2 }, args, kwargs);
  const y = gammaVariate(mt, asDouble(alpha!), 1.0);
  return new PyFloat(y !== 0 ? y / (y + gammaVariate(mt, asDouble(beta!), 1.0)) : 0.0);
});
def('paretovariate', (mt, args, kwargs) => {
  const [alpha] = parseArgs({ fname: 'Random.paretovariate', pythonFunction: true, names: ['alpha'], required: 1 }, args, kwargs);
  const a = asDouble(alpha!);
  const u = 1.0 - mt.random();
  return new PyFloat(floatPowNum(u, -1.0 / a));
});
def('weibullvariate', (mt, args, kwargs) => {
  const [alpha, beta] = parseArgs({ fname: 'Random.weibullvariate', pythonFunction: true, names: ['alpha', 'beta'], required: 2 }, args, kwargs);
  const u = 1.0 - mt.random();
  return new PyFloat(asDouble(alpha!) * floatPowNum(-dd.log(u), 1.0 / asDouble(beta!)));
});
def('expovariate', (mt, args) => new PyFloat(mt.expovariate(args.length === 0 ? 1.0 : asDouble(args[0]))));
def('triangular', (mt, args, kwargs) => {
  const [low, high, mode] = parseArgs({ fname: 'Random.triangular', pythonFunction: true, names: ['low', 'high', 'mode'], required: 0 }, args, kwargs);
  return new PyFloat(mt.triangular(low === undefined ? 0 : asDouble(low), high === undefined ? 1 : asDouble(high),
    mode === undefined || mode === None ? null : asDouble(mode)));
});
// Random.choices as random.py's: len(population) first, k as a repetition count (an index;
// negative: none), each pick population[i] (a str, a range; a set is not subscriptable), the
// weights accumulated with + (ints, floats, Fractions, bools) and bisected as floats.
def('choices', (mt, args, kwargs) => {
  const [population, weights, cumWeights, k] = parseArgs({ fname: 'Random.choices', pythonFunction: true, names: ['population', 'weights', 'cum_weights', 'k'], required: 1, kwOnlyFrom: 2 }, args, kwargs);
  const pop = population!;
  const n = opLen(pop);
  const count = (): number => Math.max(0, Number(index(k === undefined ? 1 : k)));
  let cum: PyObject[];
  if (cumWeights === undefined || cumWeights === None) {
    if (weights === undefined || weights === None) {
      const kk = count();
      const out: PyObject[] = [];
      for (let i = 0; i < kk; i++) out.push(getItem(pop, Math.floor(mt.random() * n)));
      return new PyList(out);
    }
    cum = [];
    try {
      let acc: PyObject | undefined;
      for (const w of toArray(weights)) {
        acc = acc === undefined ? w : binaryOp(NB_ADD, acc, w);
        cum.push(acc);
      }
    } catch (e) {
      // a count given as the second positional argument (CPython's message)
      if (typeof weights === 'number' && e instanceof PyException && typeOf(e).isSubtypeOf(TypeErrorType)) {
        raise('TypeError', `The number of choices must be a keyword argument: k=${str(weights)}`);
      }
      throw e;
    }
  } else {
    if (weights !== undefined && weights !== None) raise('TypeError', 'Cannot specify both weights and cumulative weights');
    cum = toArray(cumWeights);
  }
  if (cum.length !== n) raise('ValueError', 'The number of weights does not match the population');
  const total = n === 0 ? raise('IndexError', 'list index out of range') : asDouble(binaryOp(NB_ADD, cum[n - 1], new PyFloat(0.0)));
  if (total <= 0.0) raise('ValueError', 'Total of weights must be greater than zero');
  if (!isFinite(total)) raise('ValueError', 'Total of weights must be finite');
  const kk = count();
  return new PyList(mt.choicesWeighted(cum.map(asDouble), kk).map((i) => getItem(pop, i)));
});
def('getstate', (mt) => {
  const s = mt.getState();
  return new PyTuple([3, new PyTuple([...s.mt, s.mti]), s.gaussNext === null ? None : new PyFloat(s.gaussNext)]);
});
// random.py's Random.setstate(state): version 3 (or 2, whose words were saved signed) and the
// gauss_next value, then the C generator's setstate(internalstate) with its checks.
def('setstate', (mt, args, kwargs) => {
  const state = oneArg('Random', 'setstate', 'state', args, kwargs);
  const version = getItem(state, 0);
  const v = richCompareBool(version, 3, 2) ? 3 : richCompareBool(version, 2, 2) ? 2 : 0;
  if (v === 0) raise('ValueError', `state with version ${str(version)} passed to Random.setstate() of version 3`);
  const parts = toArray(state);
  if (parts.length < 3) raise('ValueError', `not enough values to unpack (expected 3, got ${parts.length})`);
  if (parts.length > 3) raise('ValueError', 'too many values to unpack (expected 3)');
  let internal = parts[1];
  if (v === 2) internal = new PyTuple(toArray(internal).map((x) => binaryOp(6, x, 2 ** 32)));
  if (!(internal instanceof PyTuple)) raise('TypeError', 'state vector must be a tuple');
  const items = internal.items;
  if (items.length !== 625) raise('ValueError', 'state vector is the wrong size');
  const words = items.slice(0, 624).map((x) => {
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (typeof x !== 'number' && typeof x !== 'bigint') raise('TypeError', 'an integer is required');
    if (x < 0) raise('OverflowError', "can't convert negative value to unsigned int");
    if (typeof x === 'bigint' && x > 0xffffffffffffffffn) raise('OverflowError', 'Python int too large to convert to C unsigned long');
    return Number(BigInt(x) & 0xffffffffn);
  });
  const last = items[624];
  if (typeof last !== 'number' && typeof last !== 'boolean') {
    if (typeof last === 'bigint') raise('OverflowError', 'Python int too large to convert to C long');
    raise('TypeError', 'an integer is required');
  }
  const pos = Number(last);
  if (pos < 0 || pos > 624) raise('ValueError', 'invalid state');
  // gauss_next is any object in CPython (an attribute); pyvm keeps a number or none.
  const g = parts[2];
  const gauss = typeof g === 'number' || typeof g === 'boolean' ? Number(g) : g instanceof PyFloat ? g.value : null;
  mt.setState({ mt: words, mti: pos, gaussNext: gauss });
  return None;
});

// random.SystemRandom: numbers from the operating system's source (Node's crypto), as
// random.py's class over os.urandom; seed() does nothing, getstate/setstate raise.
class CryptoMT extends MersenneTwister {
  random(): number {
    const b = randomBytes(7);
    // 56 bits, the top 53 used: (int.from_bytes(urandom(7)) >> 3) * 2**-53
    let x = 0;
    for (let i = 0; i < 7; i++) x = x * 256 + b[i];
    return Math.floor(x / 8) * 2 ** -53;
  }
  getrandbits(k: number): I.PyInt {
    if (k < 0) raise('ValueError', 'number of bits must be non-negative');
    const nbytes = Math.ceil(k / 8);
    // Past Node's largest buffer: CPython's allocation fails first.
    if (nbytes > 2 ** 31 - 1) throw newException(MemoryError);
    const b = randomBytes(nbytes);
    let x = nbytes === 0 ? 0n : BigInt('0x' + b.toString('hex'));
    x >>= BigInt(nbytes * 8 - k);
    return I.normBig(x);
  }
}
export const systemRandomType = makeBuiltinType('SystemRandom', randomType, { module: 'random', baseType: true });
setSlots(systemRandomType, {
  tp_new: (t: PyType) => {
    const r = new PyRandom();
    r.mt = new CryptoMT();
    return finishSubtypeInstance(r, t);
  },
});
addMethod(systemRandomType, 'random', (self) => new PyFloat(R(self).random()), { minArgs: 0, maxArgs: 0 });
addMethod(systemRandomType, 'getrandbits', (self, args, kwargs) =>
  R(self).getrandbits(countArg(oneArg('SystemRandom', 'getrandbits', 'k', args, kwargs), 'ssize_t')));
addMethod(systemRandomType, 'randbytes', (_self, args, kwargs) => {
  const n = countArg(oneArg('SystemRandom', 'randbytes', 'n', args, kwargs), 'ssize_t');
  if (n < 0) raise('ValueError', 'negative argument not allowed');
  if (n > 2 ** 31 - 1) throw newException(MemoryError);
  return new PyBytes(new Uint8Array(randomBytes(n)));
});
addMethod(systemRandomType, 'seed', () => None);
for (const name of ['getstate', 'setstate']) {
  addMethod(systemRandomType, name, () => raise('NotImplementedError', 'System entropy source does not have state.'));
}

const MODULE_FUNCS = ['seed', 'random', 'getrandbits', 'randbytes', 'randrange', 'randint', 'choice', 'shuffle', 'sample', 'uniform',
  'gauss', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'betavariate',
  'paretovariate', 'weibullvariate', 'triangular', 'choices', 'getstate', 'setstate'];

defineModule('random', (m) => {
  const inst = new PyRandom();
  seed(inst.mt, undefined);
  m.set('Random', randomType);
  m.set('SystemRandom', systemRandomType);
  for (const name of MODULE_FUNCS) m.set(name, getAttr(inst, name));
  m.set('NV_MAGICCONST', new PyFloat(NV_MAGICCONST));
  m.set('TWOPI', new PyFloat(TWOPI));
  m.set('LOG4', new PyFloat(LOG4));
  m.set('SG_MAGICCONST', new PyFloat(SG_MAGICCONST));
  m.set('BPF', BPF);
  m.set('RECIP_BPF', new PyFloat(2 ** -BPF));
  m.set('__all__', new PyList(['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate', 'gammavariate',
    'gauss', 'getrandbits', 'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint',
    'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate',
    'weibullvariate']));
  void PyBuiltinFunction;
  void isTrue;
});
