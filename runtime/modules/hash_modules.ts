// CPython's built-in hash modules _md5, _sha1, _sha256, _sha512, _sha3 and _blake2, over
// Node's crypto hashes. CPython's hashlib.py (without _hashlib, which pyvm does not provide)
// builds md5(), sha256(), ..., new() and file_digest from them. Each algorithm is a type
// named as CPython's (_sha256.sha256 ...) with update, digest, hexdigest, copy, name,
// digest_size and block_size; shake_128/shake_256 take the digest length. blake2b/blake2s
// take their default parameters only (Node's blake2b512/blake2s256): another digest_size,
// key, salt or person raises ValueError saying so. Written from the hashlib documentation.

import { createHash, Hash } from 'crypto';
import { PyObject, PyBase, PyBytes, None } from '../object';
import { PyType, KwArgs } from '../type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, typeOf } from '../types';
import { addMethod, addGetSet, addressOf, PyModule, makeBuiltinFunction } from '../function';
import { registerModule } from '../interp';
import { importAbsolute } from '../vmhelpers';
import { bufferBytes } from '../bytes_methods';
import { raise } from '../lib_errors';
import { parseArgs, asIndex } from '../lib_args';

import { defineModule } from './module_util';

class PyHash extends PyBase {
  constructor(public readonly algo: Algo, public readonly h: Hash) {
    super();
  }
}

interface Algo {
  /** The name hashlib and .name use ('sha256', 'sha3_256', 'shake_128'). */
  name: string;
  /** Node's algorithm name. */
  node: string;
  digestSize: number;
  blockSize: number;
  module: string;
  xof: boolean;
  type: PyType;
}

function dataArg(v: PyObject): Uint8Array {
  if (typeof v === 'string') raise('TypeError', 'Strings must be encoded before hashing');
  return bufferBytes(v) ?? raise('TypeError', `object supporting the buffer API required`);
}

const hashBaseType = makeBuiltinType('_pyvm_hash', objectType, { module: '_hashlib' });
setBuiltinType(PyHash, hashBaseType);

function digestOf(hv: PyHash, args: PyObject[], kwargs: KwArgs, fname: string): Buffer {
  if (hv.algo.xof) {
    const [len] = parseArgs({ fname, names: ['length'], required: 1 }, args, kwargs);
    const n = asIndex(len as PyObject);
    if (n < 0) raise('ValueError', 'value must be positive');
    if (n === 0) return Buffer.alloc(0);
    return hv.h.copy({ outputLength: n }).digest();
  }
  parseArgs({ fname, names: [], required: 0 }, args, kwargs);
  return hv.h.copy().digest();
}

addMethod(hashBaseType, 'update', (self, args, kwargs) => {
  const [data] = parseArgs({ fname: 'update', names: ['obj'], required: 1, posOnly: 1 }, args, kwargs);
  (self as PyHash).h.update(dataArg(data as PyObject));
  return None;
});
addMethod(hashBaseType, 'digest', (self, args, kwargs) => new PyBytes(new Uint8Array(digestOf(self as PyHash, args, kwargs, 'digest'))));
addMethod(hashBaseType, 'hexdigest', (self, args, kwargs) => digestOf(self as PyHash, args, kwargs, 'hexdigest').toString('hex'));
addMethod(hashBaseType, 'copy', (self) => {
  const hv = self as PyHash;
  const c = new PyHash(hv.algo, hv.h.copy());
  c.ob_type = hv.algo.type;
  return c;
}, { maxArgs: 0 });
addGetSet(hashBaseType, 'name', (self) => (self as PyHash).algo.name);
addGetSet(hashBaseType, 'digest_size', (self) => (self as PyHash).algo.digestSize);
addGetSet(hashBaseType, 'block_size', (self) => (self as PyHash).algo.blockSize);
setSlots(hashBaseType, {
  tp_repr: (self) => `<${(self as PyHash).algo.module}.${typeOf(self).name} object at ${addressOf(self)}>`,
});

const BLAKE_DEFAULTS: Record<string, PyObject> = {
  key: new PyBytes(new Uint8Array(0)), salt: new PyBytes(new Uint8Array(0)), person: new PyBytes(new Uint8Array(0)),
  fanout: 1, depth: 1, leaf_size: 0, node_offset: 0, node_depth: 0, inner_size: 0, last_node: false,
};

function makeAlgo(module: string, typeName: string, name: string, node: string, digestSize: number, blockSize: number, xof = false): Algo {
  const type = makeBuiltinType(typeName, hashBaseType, { module });
  const algo: Algo = { name, node, digestSize, blockSize, module, xof, type };
  const blake = name.startsWith('blake2');
  setSlots(type, {
    tp_new: (_t, args, kwargs) => {
      let data: PyObject | undefined;
      if (blake) {
        const names = ['data', 'digest_size', ...Object.keys(BLAKE_DEFAULTS), 'usedforsecurity'];
        const vals = parseArgs({ fname: name, names, required: 0, posOnly: 1, kwOnlyFrom: 1 }, args, kwargs);
        data = vals[0];
        if (vals[1] !== undefined && asIndex(vals[1]) !== digestSize) {
          raise('ValueError', `pyvm's ${name} supports the default parameters only (digest_size=${digestSize}, no key, salt or person)`);
        }
        Object.keys(BLAKE_DEFAULTS).forEach((k, i) => {
          const v = vals[i + 2];
          if (v === undefined) return;
          const d = BLAKE_DEFAULTS[k];
          const same = d instanceof PyBytes ? (bufferBytes(v)?.length ?? -1) === 0 : v === d || (typeof d === 'number' && typeof v === 'number' && v === d);
          if (!same) raise('ValueError', `pyvm's ${name} supports the default parameters only (digest_size=${digestSize}, no key, salt or person)`);
        });
      } else {
        const vals = parseArgs({ fname: name, names: ['string', 'usedforsecurity'], required: 0, kwOnlyFrom: 1 }, args, kwargs);
        data = vals[0];
      }
      const hv = new PyHash(algo, createHash(node));
      hv.ob_type = type;
      if (data !== undefined) hv.h.update(dataArg(data));
      return hv;
    },
  });
  return algo;
}

function defineHashModule(module: string, algos: [string, string, string, number, number, boolean?][]): void {
  const made = algos.map(([typeName, name, node, ds, bs, xof]) => makeAlgo(module, typeName, name, node, ds, bs, xof ?? false));
  defineModule(module, (m) => {
    for (const a of made) m.set(a.type.name, a.type);
  });
}

defineHashModule('_md5', [['md5', 'md5', 'md5', 16, 64]]);
defineHashModule('_sha1', [['sha1', 'sha1', 'sha1', 20, 64]]);
defineHashModule('_sha256', [['sha224', 'sha224', 'sha224', 28, 64], ['sha256', 'sha256', 'sha256', 32, 64]]);
defineHashModule('_sha512', [['sha384', 'sha384', 'sha384', 48, 128], ['sha512', 'sha512', 'sha512', 64, 128]]);
defineHashModule('_sha3', [
  ['sha3_224', 'sha3_224', 'sha3-224', 28, 144], ['sha3_256', 'sha3_256', 'sha3-256', 32, 136],
  ['sha3_384', 'sha3_384', 'sha3-384', 48, 104], ['sha3_512', 'sha3_512', 'sha3-512', 64, 72],
  ['shake_128', 'shake_128', 'shake128', 0, 168, true], ['shake_256', 'shake_256', 'shake256', 0, 136, true],
]);
defineHashModule('_blake2', [['blake2b', 'blake2b', 'blake2b512', 64, 128], ['blake2s', 'blake2s', 'blake2s256', 32, 64]]);

/** _operator._compare_digest (hmac.compare_digest): a == b for two ASCII strs or two bytes-likes. */
function compareDigest(args: PyObject[]): PyObject {
  const [a, b] = args;
  if (typeof a === 'string' && typeof b === 'string') {
    if (/[^\x00-\x7f]/.test(a) || /[^\x00-\x7f]/.test(b)) raise('TypeError', 'comparing strings with non-ASCII characters is not supported');
    return a === b;
  }
  const x = typeof a === 'string' ? undefined : bufferBytes(a);
  const y = typeof b === 'string' ? undefined : bufferBytes(b);
  if (x === undefined || y === undefined) {
    raise('TypeError', `unsupported operand types(s) or combination of types: '${typeOf(a).tpName}' and '${typeOf(b).tpName}'`);
  }
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

// CPython's _operator is the C half of operator: a module of its own holding operator's
// functions and classes (the same objects: operator.add is _operator.add, as operator.py's
// `from _operator import *` makes them) and _compare_digest, which hmac imports from it and
// which operator itself does not have.
registerModule('_operator', (interp) => {
  const op = importAbsolute(interp, 'operator');
  if (!(op instanceof PyModule)) throw new Error('operator is not a module');
  const m = new PyModule('_operator');
  m.origin = 'built-in';
  m.__dict__.setStr('__package__', '');
  for (const e of [...op.__dict__.entries()]) {
    if (typeof e.key === 'string' && !e.key.startsWith('_')) m.__dict__.setStr(e.key, e.value);
  }
  m.__dict__.setStr('_compare_digest', makeBuiltinFunction('_compare_digest', compareDigest, { minArgs: 2, maxArgs: 2 }, '_compare_digest', '_operator._compare_digest'));
  return m;
});
