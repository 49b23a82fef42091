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
//
// SPLIT MODE (memory, issue 8). A PyDict starts "split", as CPython's key-sharing instance
// dicts: while every key is a plain str, no key was deleted and there are at most
// SPLIT_MAX_KEYS keys, it stores only a values array and a pointer to a DictKeys, an ordered
// key list shared by every dict that gained the same keys in the same order (a transition
// tree, like V8's hidden classes: instances of one class share one chain). 200,000 instances
// with two attributes then cost a PyDict and a 2-slot array each instead of a HashTable, a
// Map and one entry object per key. Anything else (a non-str key, a deletion, the `table`
// or `entries()` of the dict asked for by other code) turns the dict "combined" (a
// HashTable) for good; the API and every semantic are the same in both modes. The
// transition tree is bounded (SPLIT_MAX_SHAPES) so that dicts used as maps with ever-new
// str keys cannot grow it without limit: past the bound, new dicts simply become combined.
//
// Entries are made with `new DictEntry(...)`, never with object literals: V8 tracks survival
// per literal allocation site and, once a program keeps many dicts alive (binary_trees'
// long-lived tree), it "pretenures" the site, allocating every later entry straight into the
// old generation, where short-lived entries pile up until a full GC (binary_trees 14 on the
// register VM: 926 MB promoted and 308 MB peak RSS, against 27 MB promoted with the class).

import { PyBase, PyFloat, PyObject, None, PyTuple, PyFrozenSet, PyBytes } from './object';
import { hashOf, richEq, hasIdentityHashAndEq } from './ops';
import { setBuiltinType, dictType } from './types';

/** One key/value pair of a combined table (a class, not a literal: see the header). */
export class DictEntry {
  constructor(
    public key: PyObject,
    public value: PyObject,
  ) {}
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
        // A NaN equals nothing, itself included: only the same object finds it (dict and
        // set lookups compare identity first), where the Map's SameValueZero would match
        // any NaN.
        return x === x ? x : key;
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

/**
 * The value of a set's entry whose key was removed but is still in the table's Map (see
 * HashTable.lazy). Never a Python object: no code outside HashTable sees such an entry.
 */
const DEAD = Symbol('dead') as unknown as PyObject;
/** Removed set entries a table keeps (beyond half its live ones) before it drops them all. */
const DEAD_SLACK = 16;

/**
 * The hash a lookup of `key` computes (hashOf: the key's __hash__ for an instance of a Python
 * class) when the key takes the hashed path, else undefined (a str, number or other key the
 * Map finds by itself). A member hashed once for a lookup and an insertion (CPython's
 * set_intersection over an iterable) passes it to hasH and setH.
 */
export function pathHash(key: PyObject): number | undefined {
  return mapKeyOf(key) === HASHED ? hashOf(key) : undefined;
}

/** The shared hash table: dict (key -> value) and set (value unused). */
export class HashTable {
  /** The entries (dead ones too: see `lazy`); code outside HashTable uses `map`. */
  private raw: Map<unknown, DictEntry> = new Map();
  /** How many entries of `raw` are dead. */
  private dead = 0;
  buckets: Map<number, DictEntry[]> | null = null;
  /**
   * The entries keyed by a str or a number (a primitive map key), by hash, made the first
   * time a hashed-path key of a class of Python code (which may define __eq__ to equal a str,
   * test_dict's test_str_nonstr, or a float, as Decimal and Fraction do) misses in the
   * buckets, then kept up to date by set(). Entries removed since stay in it until the next
   * clear(): a lookup checks that an entry is still the live one.
   */
  private primitiveIdx: Map<number, DictEntry[]> | null = null;
  keysVersion = tableVersionCounter++;
  /**
   * A set's table (runtime/containers.ts PySet): removing an int, float, str or bigint member
   * leaves its entry in the Map, marked dead, and adding an equal member again revives that
   * entry, in its old place. A JS Map's delete and the set after it cost 60-120 ns (V8 compacts
   * or reallocates the table as deleted slots fill it), where a lookup costs ~10: nqueens adds and
   * removes the same few ints millions of times (`cols.add(col)` ... `cols.remove(col)`).
   * The old place is where CPython's set puts a member removed and added again (it takes the
   * freed slot): `s = {1, 9}; s.remove(1); s.add(1)` iterates 1, 9 in both now (9, 1 before).
   * Dead entries never meet the hashed path (buckets): they are dropped before it is used, and
   * whenever `map` is read from outside (iteration, size, pop, set algebra), so that code sees
   * only live entries, in order.
   */
  lazy = false;

  /** The live entries by map key, in order. */
  get map(): Map<unknown, DictEntry> {
    if (this.dead !== 0) this.purge();
    return this.raw;
  }

  get size(): number {
    return this.raw.size - this.dead;
  }

  private purge(): void {
    for (const [k, e] of this.raw) if (e.value === DEAD) this.raw.delete(k);
    this.dead = 0;
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
      const e = this.raw.get(mk);
      // A dead entry only while there are no buckets (see `lazy`).
      if (e !== undefined) return e.value !== DEAD ? e : undefined;
      // (A str may equal a hashed-path key of a class whose __eq__ says so.)
      if (this.buckets === null) return undefined;
      return this.findHashed(key, hashOf(key));
    }
    if (this.dead !== 0) this.purge();
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
    const n = this.raw.get(h);
    if (n !== undefined && (typeof n.key === 'number' || typeof n.key === 'boolean' || n.key instanceof PyFloat) && richEq(n.key, key)) return n;
    // A str or number key equal to a hashed-path key (an instance of a class Key with __eq__
    // and __hash__ of 'key', a Decimal, Fraction or complex equal to 0.5): CPython finds it by
    // hash. Tuples, frozensets and bytes never equal a str or a number.
    if (typeof key === 'object' && !(key instanceof PyTuple || key instanceof PyFrozenSet || key instanceof PyBytes)) return this.findPrimitive(key, h);
    return undefined;
  }

  /** The live str- or number-keyed entry with hash h that equals `key` (see primitiveIdx). */
  private findPrimitive(key: PyObject, h: number): DictEntry | undefined {
    let idx = this.primitiveIdx;
    if (idx === null) {
      idx = this.primitiveIdx = new Map();
      for (const [mk, e] of this.raw) if (typeof mk !== 'object' && e.value !== DEAD) this.indexPrimitive(e);
    }
    const b = idx.get(h);
    if (b === undefined) return undefined;
    for (let i = 0; i < b.length; i++) {
      const e = b[i];
      // (The key may be a str or int subclass instance, stored under its plain value.)
      if (this.raw.get(mapKeyOf(e.key)) === e && e.value !== DEAD && richEq(e.key, key)) return e;
    }
    return undefined;
  }

  /** Adds an entry whose map key is a primitive (a str or number key) to primitiveIdx. */
  private indexPrimitive(e: DictEntry): void {
    // The key's hash, not the map key's: 0.5's map key is the JS number 0.5, which would hash
    // as an int.
    const h = hashOf(e.key);
    const b = this.primitiveIdx!.get(h);
    if (b === undefined) this.primitiveIdx!.set(h, [e]);
    else b.push(e);
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
      const e = this.raw.get(mk) ?? (this.buckets !== null ? this.findHashed(key, hashOf(key)) : undefined);
      if (e !== undefined) {
        if (e.value === DEAD) {
          // A removed member added again: its entry, with the new key (1.0 after 1 was removed).
          e.key = key;
          this.dead--;
          this.keysVersion = tableVersionCounter++;
        }
        e.value = value;
      } else {
        const ne = new DictEntry(key, value);
        this.raw.set(mk, ne);
        this.keysVersion = tableVersionCounter++;
        if (this.primitiveIdx !== null && typeof mk !== 'object') this.indexPrimitive(ne);
      }
      return;
    }
    if (this.dead !== 0) this.purge();
    const h = hashOf(key);
    const found = this.findHashedOrNumber(key, h);
    if (found !== undefined) {
      found.value = value;
      return;
    }
    this.insertHashed(new DictEntry(key, value), h);
  }

  /**
   * The hash of each hashed-path entry (the buckets read backwards), or null when there are
   * none: a merge into another table reuses them, as CPython's dict_merge reuses the stored
   * hashes (no key's __hash__ is called again).
   */
  hashedEntryHashes(): Map<DictEntry, number> | null {
    const b = this.buckets;
    if (b === null) return null;
    const m = new Map<DictEntry, number>();
    for (const [h, es] of b) for (let i = 0; i < es.length; i++) m.set(es[i], h);
    return m;
  }

  /**
   * The stored hash of each hashed-path key, by the key object (the buckets read backwards), or
   * null when there are none: set algebra, copies and comparisons between sets (and sets made
   * from dicts) look a member up and insert it with its stored hash, as CPython's set_merge,
   * set_intersection, set_issubset and frozenset_hash use entry->hash (no __hash__ called again).
   */
  keyHashes(): Map<PyObject, number> | null {
    const b = this.buckets;
    if (b === null) return null;
    const m = new Map<PyObject, number>();
    for (const [h, es] of b) for (let i = 0; i < es.length; i++) m.set(es[i].key, h);
    return m;
  }

  /** has(key), with the hash taken from `hashes` (keyHashes() of another table) when it holds the key. */
  hasKnown(key: PyObject, hashes: Map<PyObject, number> | null): boolean {
    return this.hasH(key, hashes !== null ? hashes.get(key) : undefined);
  }

  /** set(key, value), with the hash taken from `hashes` when it holds the key; `fresh` as setHashed's. */
  setKnown(key: PyObject, value: PyObject, hashes: Map<PyObject, number> | null, fresh: boolean): void {
    this.setH(key, value, hashes !== null ? hashes.get(key) : undefined, fresh);
  }

  /** has(key) of a hashed-path key whose hash h is known (pathHash), or of any key when h is undefined. */
  hasH(key: PyObject, h: number | undefined): boolean {
    if (h === undefined) return this.getEntry(key) !== undefined;
    if (this.dead !== 0) this.purge();
    return this.findHashedOrNumber(key, h) !== undefined;
  }

  /** set() of a hashed-path key whose hash h is known (pathHash), or of any key when h is undefined. */
  setH(key: PyObject, value: PyObject, h: number | undefined, fresh: boolean): void {
    if (h === undefined) this.set(key, value);
    else this.setHashed(key, value, h, fresh);
  }

  /**
   * set() of a hashed-path key whose hash h is known (see hashedEntryHashes). `fresh`: the
   * table held no key before a copy of a table's distinct keys began, so the key is new and no
   * __eq__ is asked (CPython clones such a table).
   */
  setHashed(key: PyObject, value: PyObject, h: number, fresh: boolean): void {
    if (this.dead !== 0) this.purge();
    const found = fresh ? undefined : this.findHashedOrNumber(key, h);
    if (found !== undefined) {
      found.value = value;
      return;
    }
    this.insertHashed(new DictEntry(key, value), h);
  }

  /** A new hashed-path entry under hash h (set's and setDefault's insertion). */
  private insertHashed(e: DictEntry, h: number): void {
    if (this.buckets === null) this.buckets = new Map();
    const b = this.buckets.get(h);
    if (b === undefined) this.buckets.set(h, [e]);
    else b.push(e);
    this.raw.set(e, e);
    this.keysVersion = tableVersionCounter++;
  }

  /**
   * dict.setdefault: the value of `key`, else `dflt` inserted. A hashed-path key is hashed and
   * compared once, as CPython's setdefault does (a get and a set did both twice).
   */
  setDefault(key: PyObject, dflt: PyObject): PyObject {
    if (mapKeyOf(key) !== HASHED) {
      const e = this.getEntry(key);
      if (e !== undefined) return e.value;
      this.set(key, dflt);
      return dflt;
    }
    if (this.dead !== 0) this.purge();
    const h = hashOf(key);
    const found = this.findHashedOrNumber(key, h);
    if (found !== undefined) return found.value;
    this.insertHashed(new DictEntry(key, dflt), h);
    return dflt;
  }

  setStr(key: string, value: PyObject): void {
    const e = this.map.get(key);
    if (e !== undefined) e.value = value;
    else {
      const ne = new DictEntry(key, value);
      this.map.set(key, ne);
      this.keysVersion = tableVersionCounter++;
      if (this.primitiveIdx !== null) this.indexPrimitive(ne);
    }
  }

  /**
   * The first live entry in order (set.pop), or undefined. The dead entries before it are
   * dropped on the way (each once), not the whole table's as `map` would: a loop that discards
   * members and pops others stays O(1) per step.
   */
  firstEntry(): DictEntry | undefined {
    for (const [k, e] of this.raw) {
      if (e.value !== DEAD) return e;
      this.raw.delete(k);
      this.dead--;
    }
    return undefined;
  }

  /**
   * Removes `key`; returns the removed entry or undefined when absent. `keep` false removes a
   * lazy table's entry at once (set.pop: the member is gone for good).
   */
  delete(key: PyObject, keep = true): DictEntry | undefined {
    const mk = mapKeyOf(key);
    if (mk !== HASHED) {
      const e = this.raw.get(mk);
      if (e !== undefined) {
        if (e.value === DEAD) return undefined;
        this.keysVersion = tableVersionCounter++;
        if (keep && this.lazy && this.buckets === null && (typeof mk === 'number' || typeof mk === 'string' || typeof mk === 'bigint')) {
          // A set's int, float, str or bigint member: kept, marked dead (see `lazy`). The
          // caller gets the entry (its key; a set's callers only test it for undefined).
          e.value = DEAD;
          if (++this.dead > DEAD_SLACK + (this.raw.size >> 1)) this.purge();
          return e;
        }
        this.raw.delete(mk);
        return e;
      }
      // An int, float or str key whose equal member is a hashed-path object (an instance equal
      // to it, as getEntry finds it): `s.remove(5)` of {Id(5)} raised KeyError.
      if (this.buckets === null) return undefined;
      const hk = hashOf(key);
      const f = this.findHashed(key, hk);
      return f === undefined ? undefined : this.deleteHashed(f, hk);
    }
    if (this.dead !== 0) this.purge();
    const h = hashOf(key);
    const e = this.findHashedOrNumber(key, h);
    if (e === undefined) return undefined;
    const emk = mapKeyOf(e.key);
    if (emk !== HASHED) {
      // A str or number key (findPrimitive's): under its map key, not in the buckets.
      this.raw.delete(emk);
      this.keysVersion = tableVersionCounter++;
      return e;
    }
    return this.deleteHashed(e, h);
  }

  /** Removes the hashed-path entry `e` (hash h). */
  private deleteHashed(e: DictEntry, h: number): DictEntry {
    const b = this.buckets!.get(h)!;
    b.splice(b.indexOf(e), 1);
    if (b.length === 0) this.buckets!.delete(h);
    this.raw.delete(e);
    this.keysVersion = tableVersionCounter++;
    return e;
  }

  clear(): void {
    this.raw = new Map();
    this.dead = 0;
    this.buckets = null;
    this.primitiveIdx = null;
    this.keysVersion = tableVersionCounter++;
  }

  /**
   * Makes this table (cleared) a copy of `src`: new entries under the same map keys, in the same
   * order, and src's buckets (its stored hashes) for the hashed-path ones, without a lookup or a
   * hash of any key (CPython's set_merge into an empty set; a set copy was a lookup and an insert
   * per member). Returns this.
   */
  assignFrom(src: HashTable): this {
    if (src === this) return this;
    if (src.dead !== 0) src.purge();
    // (A new table's empty Map is filled: no second allocation.)
    const raw = this.raw.size === 0 ? this.raw : new Map<unknown, DictEntry>();
    const sb = src.buckets;
    if (sb === null) {
      for (const [k, e] of src.raw) raw.set(k, new DictEntry(e.key, e.value));
      this.buckets = null;
    } else {
      // A hashed-path entry is its own map key: the copy's entry is.
      const moved = new Map<DictEntry, DictEntry>();
      for (const [k, e] of src.raw) {
        const ne = new DictEntry(e.key, e.value);
        if (k === e) {
          raw.set(ne, ne);
          moved.set(e, ne);
        } else raw.set(k, ne);
      }
      const b = new Map<number, DictEntry[]>();
      for (const [h, es] of sb) {
        const nes: DictEntry[] = [];
        for (let i = 0; i < es.length; i++) {
          const ne = moved.get(es[i]);
          if (ne !== undefined) nes.push(ne);
        }
        if (nes.length !== 0) b.set(h, nes);
      }
      this.buckets = b;
    }
    this.raw = raw;
    this.dead = 0;
    this.primitiveIdx = null;
    this.keysVersion = tableVersionCounter++;
    return this;
  }

  /** Live entries in insertion order (a snapshot-free iterator: callers check size changes). */
  entries(): IterableIterator<DictEntry> {
    return this.map.values();
  }

  copyInto(other: HashTable): void {
    for (const e of this.map.values()) other.set(e.key, e.value);
  }
}

// ---------------------------------------------------------------------------------------------
// Split mode: shared key lists (see the header).

/** Most keys a split dict holds (CPython's SHARED_KEYS_MAX_SIZE is 30 as well). */
const SPLIT_MAX_KEYS = 30;
/** Most DictKeys ever made; past it, dicts needing a new one become combined. */
const SPLIT_MAX_SHAPES = 50_000;
/** Key lists at most this long are searched linearly (faster than a Map for a few keys). */
const LINEAR_MAX = 8;
/** Longest values array a dict allocates for its first key (see PyDict.setStr). */
const FIRST_VALUES_MAX = 8;

let shapeCount = 0;

/**
 * An ordered list of str keys shared by split dicts, and the transitions to the lists one key
 * longer. Immutable once made, apart from the transitions and the size hint.
 */
export class DictKeys {
  /** Name -> index, only for lists longer than LINEAR_MAX (built on first lookup). */
  private index: Map<string, number> | null = null;
  /** The first transition (most key lists have one successor), then the others. */
  private nextName: string | undefined = undefined;
  private nextKeys: DictKeys | null = null;
  private more: Map<string, DictKeys> | null = null;
  /**
   * On the one-key lists: the most keys a dict that started with this key reached, so that a
   * new dict allocates its values array once, at the right size.
   */
  hint = 1;
  /** The one-key ancestor (null for the empty list). */
  readonly first: DictKeys | null;

  constructor(
    readonly names: readonly string[],
    parent: DictKeys | null,
  ) {
    this.first = parent === null ? null : (parent.first ?? this);
  }

  indexOf(name: string): number {
    const names = this.names;
    if (names.length <= LINEAR_MAX) {
      for (let i = 0; i < names.length; i++) if (names[i] === name) return i;
      return -1;
    }
    let index = this.index;
    if (index === null) {
      index = this.index = new Map();
      for (let i = 0; i < names.length; i++) index.set(names[i], i);
    }
    const i = index.get(name);
    return i === undefined ? -1 : i;
  }

  /** The list with `name` appended (`name` not in this list), or null past the bounds. */
  with(name: string): DictKeys | null {
    if (this.nextName === name) return this.nextKeys;
    const m = this.more?.get(name);
    if (m !== undefined) return m;
    if (this.names.length >= SPLIT_MAX_KEYS || shapeCount >= SPLIT_MAX_SHAPES) return null;
    shapeCount++;
    const k = new DictKeys([...this.names, name], this);
    if (this.nextKeys === null) {
      this.nextName = name;
      this.nextKeys = k;
    } else {
      if (this.more === null) this.more = new Map();
      this.more.set(name, k);
    }
    return k;
  }
}

/** The empty key list every dict starts from. */
const EMPTY_KEYS = new DictKeys([], null);
/**
 * Values arrays are slices of this one, so that every one has V8's generic (tagged) elements
 * kind from the start: an array made by `new Array(n)` starts as small integers and changes
 * kind (and, for a float, becomes an unboxed double array) as values arrive, which made the
 * element loads of getStr polymorphic and richards 2x slower.
 */
const VALUES_TEMPLATE: PyObject[] = new Array<PyObject>(SPLIT_MAX_KEYS).fill(None);
/**
 * A values array of 1-4 slots (an instance's first store, appendKey): an array literal, which
 * optimised code allocates inline, where VALUES_TEMPLATE.slice is a builtin call per new
 * instance. Its elements are generic (tagged) from the start too, as the comment above
 * requires; packed where the template's slices are holey, so element loads of values arrays
 * see two maps (richards and the attribute benchmarks measured within noise, session 11 A).
 */
function smallValues(len: number): PyObject[] {
  switch (len) {
    case 1:
      return [None];
    case 2:
      return [None, None];
    case 3:
      return [None, None, None];
    default:
      return [None, None, None, None];
  }
}
/** The values array of an empty split dict (never written: the first key allocates one). */
const NO_VALUES: PyObject[] = VALUES_TEMPLATE.slice(0, 0);

/** A Python dict. */
export class PyDict extends PyBase {
  /**
   * Combined mode: the table (null while split). Read (never written) by LOAD_GLOBAL's
   * cache check (runtime/vmhelpers.ts), which must not call the `table` getter: the getter
   * may convert, and TurboFan inlined that conversion into the VMs' loops with it.
   */
  tbl: HashTable | null = null;
  /**
   * Split mode: the shared key list (null once combined). Public for the attribute inline
   * caches (runtime/attrcache.ts): `d.sk === cachedKeys` means `d.sv[cachedIndex]` is the
   * attribute, CPython 3.11's LOAD_ATTR_INSTANCE_VALUE. Only this file changes it.
   */
  sk: DictKeys | null = EMPTY_KEYS;
  /**
   * Split mode: values, sv[i] for sk.names[i]; may be longer than the list (unused tail).
   * Others may read sv[i] and replace sv[i] for an i < sk.names.length, nothing else.
   */
  sv: PyObject[] = NO_VALUES;

  /**
   * The dict's hash table, for code that works on tables (iteration, views, set algebra,
   * the globals caches): a split dict becomes combined first, for good.
   */
  get table(): HashTable {
    const t = this.tbl;
    return t !== null ? t : this.combine();
  }

  /** Converts a split dict to a combined one (same keys, same order). */
  private combine(): HashTable {
    const t = new HashTable();
    const ks = this.sk!;
    const names = ks.names;
    const sv = this.sv;
    for (let i = 0; i < names.length; i++) t.map.set(names[i], new DictEntry(names[i], sv[i]));
    this.tbl = t;
    this.sk = null;
    this.sv = NO_VALUES;
    return t;
  }

  /** True while the dict is split (for tests and measurements). */
  get isSplit(): boolean {
    return this.sk !== null;
  }

  get size(): number {
    const ks = this.sk;
    return ks !== null ? ks.names.length : this.tbl!.map.size;
  }
  get(key: PyObject): PyObject | undefined {
    const ks = this.sk;
    if (ks !== null) {
      // A split dict holds only str keys: a str (or a str subclass meeting its plain value,
      // see mapKeyOf) is looked up by name; no other key can be equal to one (as in the table).
      const mk = typeof key === 'string' ? key : mapKeyOf(key);
      if (typeof mk === 'string') {
        const i = ks.indexOf(mk);
        return i >= 0 ? this.sv[i] : undefined;
      }
      // Hashed-path keys (tuples, classes with __hash__) meet only other hashed-path or
      // number keys, which a split dict has none of, or, for an instance of a Python class,
      // a str its __eq__ accepts (see HashTable.findPrimitive); hash anyway for __hash__'s effects
      // and the TypeError of unhashable keys.
      if (mk === HASHED) {
        const h = hashOf(key);
        if (typeof key === 'object' && key.ob_type.isHeapType) {
          const names = ks.names;
          for (let i = 0; i < names.length; i++) if (hashOf(names[i]) === h && richEq(names[i], key)) return this.sv[i];
        }
      }
      return undefined;
    }
    return this.tbl!.get(key);
  }
  getStr(key: string): PyObject | undefined {
    const ks = this.sk;
    if (ks !== null) {
      const i = ks.indexOf(key);
      return i >= 0 ? this.sv[i] : undefined;
    }
    return this.tbl!.map.get(key)?.value;
  }
  set(key: PyObject, value: PyObject): void {
    if (this.sk !== null) {
      if (typeof key === 'string') {
        this.setStr(key, value);
        return;
      }
      // A str subclass key equal to a present key only replaces the value (the dict keeps
      // its first key object); any other key needs the table, which keeps key objects.
      const mk = mapKeyOf(key);
      if (typeof mk === 'string') {
        const i = this.sk.indexOf(mk);
        if (i >= 0) {
          this.sv[i] = value;
          return;
        }
      }
      this.combine().set(key, value);
      return;
    }
    this.tbl!.set(key, value);
  }
  /** set() of a hashed-path key whose hash h is known (HashTable.setHashed): the table's. */
  setHashed(key: PyObject, value: PyObject, h: number, fresh: boolean): void {
    (this.sk !== null ? this.combine() : this.tbl!).setHashed(key, value, h, fresh);
  }
  /** The stored hashes of this dict's hashed-path entries (HashTable.hashedEntryHashes), or null. */
  storedHashes(): Map<DictEntry, number> | null {
    return this.tbl !== null ? this.tbl.hashedEntryHashes() : null;
  }
  /** The stored hashes of this dict's hashed-path keys by key (HashTable.keyHashes), or null. */
  keyHashes(): Map<PyObject, number> | null {
    return this.tbl !== null ? this.tbl.keyHashes() : null;
  }
  /**
   * set() of entry e of another dict whose storedHashes() are `hashes`: a hashed-path key's
   * stored hash is reused (no __hash__ called again, as CPython's dict_merge and dict.copy);
   * `fresh` as setHashed's.
   */
  setCopied(e: DictEntry, hashes: Map<DictEntry, number> | null, fresh: boolean): void {
    const h = hashes !== null ? hashes.get(e) : undefined;
    if (h !== undefined) this.setHashed(e.key, e.value, h, fresh);
    else this.set(e.key, e.value);
  }
  setStr(key: string, value: PyObject): void {
    const ks = this.sk;
    if (ks !== null) {
      const i = ks.indexOf(key);
      if (i >= 0) {
        this.sv[i] = value;
        return;
      }
      const nk = ks.with(key);
      if (nk !== null) {
        this.appendKey(nk, value);
        return;
      }
      this.combine().setStr(key, value);
      return;
    }
    this.tbl!.setStr(key, value);
  }
  /**
   * Appends a key to this split dict: `next` is its key list with the new name appended
   * (`sk.with(name)`). setStr's last step; STORE_ATTR's cache (runtime/attrcache.ts) calls
   * it directly for `self.x = x` in `__init__`, having checked that this dict's key list is
   * the one `next` was made from, without setStr's search of the list and transition lookup.
   */
  appendKey(next: DictKeys, value: PyObject): void {
    const n = next.names.length - 1;
    let sv = this.sv;
    const first = next.first!;
    if (n >= first.hint) first.hint = n + 1;
    if (n >= sv.length) {
      // Grow to the size dicts with this first key reached before (exact for instances).
      // The first array is at most FIRST_VALUES_MAX long: a big str-keyed dict sharing its
      // first key with a class's first attribute must not make every instance's array big.
      const len = n === 0 && first.hint > FIRST_VALUES_MAX ? FIRST_VALUES_MAX : first.hint;
      const grown = len <= 4 ? smallValues(len) : VALUES_TEMPLATE.slice(0, len);
      for (let j = 0; j < n; j++) grown[j] = sv[j];
      this.sv = sv = grown;
    }
    sv[n] = value;
    this.sk = next;
  }
  delete(key: PyObject): DictEntry | undefined {
    const ks = this.sk;
    if (ks !== null) {
      // Absent keys leave the dict split; a deletion makes it combined (order after a
      // deletion is no longer a shared one).
      const mk = typeof key === 'string' ? key : mapKeyOf(key);
      if (typeof mk !== 'string') {
        if (mk !== HASHED) return undefined;
        if (typeof key === 'object' && key.ob_type.isHeapType) return this.combine().delete(key); // as get() above
        hashOf(key);
        return undefined;
      }
      if (ks.indexOf(mk) < 0) return undefined;
      return this.combine().delete(key);
    }
    return this.tbl!.delete(key);
  }
  has(key: PyObject): boolean {
    return this.get(key) !== undefined;
  }
  /** dict.setdefault (see HashTable.setDefault). */
  setDefault(key: PyObject, dflt: PyObject): PyObject {
    if (this.sk !== null) {
      // A hashed-path key is never in a split dict: it goes into the table at once.
      if (mapKeyOf(key) === HASHED) return this.combine().setDefault(key, dflt);
      const r = this.get(key);
      if (r !== undefined) return r;
      this.set(key, dflt);
      return dflt;
    }
    return this.tbl!.setDefault(key, dflt);
  }
  entries(): IterableIterator<DictEntry> {
    return this.table.map.values();
  }
  keys(): PyObject[] {
    const ks = this.sk;
    if (ks !== null) return ks.names.slice();
    const out: PyObject[] = [];
    for (const e of this.tbl!.map.values()) out.push(e.key);
    return out;
  }
  values(): PyObject[] {
    const ks = this.sk;
    if (ks !== null) return this.sv.slice(0, ks.names.length);
    const out: PyObject[] = [];
    for (const e of this.tbl!.map.values()) out.push(e.value);
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

/**
 * A `__builtins__` that is not a dict (any object with __getitem__, as CPython 3.11 allows) or
 * a dict subclass, as a frame's builtins: an empty dict, so that every builtins lookup misses
 * its fast path and the miss (vmhelpers.ts foreignBuiltin) asks `mapping[name]`, as
 * CPython's LOAD_GLOBAL and LOAD_NAME do when the builtins are not an exact dict.
 */
export class ForeignBuiltins extends PyDict {
  constructor(readonly mapping: PyObject) {
    super();
  }
}
