// The hash table behind dict, set and frozenset, and the dict object itself.
//
// Python keys compare by value with hashing (1, 1.0 and True are ONE key), while a JS Map
// compares by SameValueZero. So each key is first turned into a "map key" (mapKeyOf):
//   - int / bool / float whose value is integral -> the JS number (or bigint beyond 2**53),
//     so 1, 1.0 and True meet; a non-integral float -> its JS number (cannot meet an int);
//   - str -> the JS string itself (cannot meet a number in a Map);
//   - an object whose type keeps object's identity hash and equality -> the object itself;
//   - anything else (tuples, frozensets, classes with __hash__/__eq__) -> hashed: looked up
//     in `buckets` by its Python hash and compared with ==; the entry is its own map key.
// A JS Map keeps insertion order, which is dict's order.
//
// INVARIANT: `map` holds every live entry exactly once, in insertion order; `buckets` holds
// exactly the hashed-path entries. `keysVersion` changes whenever a key is added or removed
// (not when a value is replaced): inline caches of globals rely on it.

import { PyBase, PyFloat, PyObject } from './object';
import { hashOf, richEq, hasIdentityHashAndEq } from './ops';
import { setBuiltinType, dictType } from './types';

export interface DictEntry {
  key: PyObject;
  value: PyObject;
}

const HASHED = Symbol('hashed');

/** The Map key of a Python key (see the header), or HASHED when the slow path applies. */
export function mapKeyOf(key: PyObject): unknown {
  switch (typeof key) {
    case 'string':
    case 'number':
    case 'bigint':
      return key;
    case 'boolean':
      return key ? 1 : 0;
    default:
      if (key instanceof PyFloat) {
        const x = key.value;
        if (Number.isInteger(x)) {
          if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
          return BigInt(x);
        }
        return x;
      }
      if (hasIdentityHashAndEq(key)) return key;
      // int/str subclass instances (runtime library boxes) meet their plain values unless
      // the subclass overrides __hash__ or __eq__.
      const pk = (key as { primitiveKey?: () => unknown }).primitiveKey?.();
      if (pk !== undefined) return mapKeyOf(pk as PyObject);
      return HASHED;
  }
}

let tableVersionCounter = 1;

/** The shared hash table: dict (key -> value) and set (value unused). */
export class HashTable {
  map: Map<unknown, DictEntry> = new Map();
  buckets: Map<number, DictEntry[]> | null = null;
  keysVersion = tableVersionCounter++;

  get size(): number {
    return this.map.size;
  }

  private findHashed(key: PyObject, h: number): DictEntry | undefined {
    const b = this.buckets?.get(h);
    if (b === undefined) return undefined;
    for (let i = 0; i < b.length; i++) {
      const e = b[i];
      if (e.key === key || richEq(e.key, key)) return e;
    }
    return undefined;
  }

  getEntry(key: PyObject): DictEntry | undefined {
    const mk = mapKeyOf(key);
    if (mk !== HASHED) {
      const e = this.map.get(mk);
      if (e !== undefined || this.buckets === null || typeof mk === 'string') return e;
      return this.findHashed(key, hashOf(key));
    }
    return this.findHashedOrNumber(key, hashOf(key));
  }

  get(key: PyObject): PyObject | undefined {
    return this.getEntry(key)?.value;
  }

  /**
   * A hashed-path key may equal a number key (class Id with __eq__/__hash__ delegating to
   * int): after the buckets, try the int whose hash is the key's hash.
   */
  private findHashedOrNumber(key: PyObject, h: number): DictEntry | undefined {
    const e = this.findHashed(key, h);
    if (e !== undefined) return e;
    const n = this.map.get(h);
    if (n !== undefined && (typeof n.key === 'number' || typeof n.key === 'boolean') && richEq(n.key, key)) return n;
    return undefined;
  }

  /** Lookup with a str key (no normalisation needed). */
  getStr(key: string): PyObject | undefined {
    return this.map.get(key)?.value;
  }

  has(key: PyObject): boolean {
    return this.getEntry(key) !== undefined;
  }

  set(key: PyObject, value: PyObject): void {
    const mk = mapKeyOf(key);
    if (mk !== HASHED) {
      const e = this.map.get(mk) ?? (this.buckets !== null && typeof mk !== 'string' ? this.findHashed(key, hashOf(key)) : undefined);
      if (e !== undefined) e.value = value;
      else {
        this.map.set(mk, { key, value });
        this.keysVersion = tableVersionCounter++;
      }
      return;
    }
    const h = hashOf(key);
    const found = this.findHashedOrNumber(key, h);
    if (found !== undefined) {
      found.value = value;
      return;
    }
    const e: DictEntry = { key, value };
    if (this.buckets === null) this.buckets = new Map();
    const b = this.buckets.get(h);
    if (b === undefined) this.buckets.set(h, [e]);
    else b.push(e);
    this.map.set(e, e);
    this.keysVersion = tableVersionCounter++;
  }

  setStr(key: string, value: PyObject): void {
    const e = this.map.get(key);
    if (e !== undefined) e.value = value;
    else {
      this.map.set(key, { key, value });
      this.keysVersion = tableVersionCounter++;
    }
  }

  /** Removes `key`; returns the removed entry or undefined when absent. */
  delete(key: PyObject): DictEntry | undefined {
    const mk = mapKeyOf(key);
    if (mk !== HASHED) {
      const e = this.map.get(mk);
      if (e !== undefined) {
        this.map.delete(mk);
        this.keysVersion = tableVersionCounter++;
      }
      return e;
    }
    const h = hashOf(key);
    const e = this.findHashedOrNumber(key, h);
    if (e === undefined) return undefined;
    if (typeof e.key === 'number' || typeof e.key === 'boolean') {
      this.map.delete(mapKeyOf(e.key));
      this.keysVersion = tableVersionCounter++;
      return e;
    }
    const b = this.buckets!.get(h)!;
    b.splice(b.indexOf(e), 1);
    if (b.length === 0) this.buckets!.delete(h);
    this.map.delete(e);
    this.keysVersion = tableVersionCounter++;
    return e;
  }

  clear(): void {
    this.map = new Map();
    this.buckets = null;
    this.keysVersion = tableVersionCounter++;
  }

  /** Live entries in insertion order (a snapshot-free iterator: callers check size changes). */
  entries(): IterableIterator<DictEntry> {
    return this.map.values();
  }

  copyInto(other: HashTable): void {
    for (const e of this.map.values()) other.set(e.key, e.value);
  }
}

/** A Python dict. */
export class PyDict extends PyBase {
  table: HashTable = new HashTable();

  get size(): number {
    return this.table.map.size;
  }
  get(key: PyObject): PyObject | undefined {
    return this.table.get(key);
  }
  getStr(key: string): PyObject | undefined {
    return this.table.map.get(key)?.value;
  }
  set(key: PyObject, value: PyObject): void {
    this.table.set(key, value);
  }
  setStr(key: string, value: PyObject): void {
    this.table.setStr(key, value);
  }
  delete(key: PyObject): DictEntry | undefined {
    return this.table.delete(key);
  }
  has(key: PyObject): boolean {
    return this.table.has(key);
  }
  entries(): IterableIterator<DictEntry> {
    return this.table.map.values();
  }
  keys(): PyObject[] {
    const out: PyObject[] = [];
    for (const e of this.table.map.values()) out.push(e.key);
    return out;
  }
  values(): PyObject[] {
    const out: PyObject[] = [];
    for (const e of this.table.map.values()) out.push(e.value);
    return out;
  }
  /** Builds a dict from string-keyed pairs (for the runtime's own use). */
  static fromPairs(pairs: Iterable<[PyObject, PyObject]>): PyDict {
    const d = new PyDict();
    for (const [k, v] of pairs) d.set(k, v);
    return d;
  }
}
setBuiltinType(PyDict, dictType);
