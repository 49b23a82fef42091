// Inline caches for attribute access (LOAD_ATTR, LOAD_METHOD, STORE_ATTR), one per
// instruction, shared by both VMs (like CPython 3.11's specialised LOAD_ATTR_INSTANCE_VALUE,
// LOAD_ATTR_CLASS, LOAD_ATTR_MODULE, LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE).
//
// A cache entry remembers, for one Python class (by its `version`: versions are unique over
// all types and change whenever the class or a base is modified, so equal versions mean the
// same class in the same state), what the generic lookup found on the class:
//   INSTANCE_DICT  nothing on the class (loads), or nothing with a __set__ (stores): the
//                  attribute lives in the instance dict;
//   METHOD         a plain Python function or method descriptor on the class (LOAD_METHOD
//                  skips the bound method);
//   CLASS_VALUE    a plain value on the class (no __get__: a class constant), which the
//                  instance dict may shadow;
//   MODULE         (loads on modules) nothing on the module type: the module dict's entry;
//   CLASS_OBJECT   (loads on a class whose metaclass is `type`) what the MRO holds, when it
//                  is a plain value or a function (type_getattro returns it unchanged);
// and takes the fast path only for instances of that exact class whose attribute lookup is
// the default one. Everything else falls back to the generic operations in attr.ts.
//
// The entries are found by version alone (no class comparison, no staleness check). Each
// instruction's function keeps only the cached case (found class, same key list) and
// calls a separate function for the rest: TurboFan inlines these functions into the VMs'
// loops from one budget (920 bytes of bytecode per loop), so the smaller they are, the
// more of the other hot helpers (pushFrame, release) get inlined too. (A first version kept
// the first class inline in the AttrCache object with the other classes in the separate
// function: polymorphic sites then always took the call, richards 66 -> 74 ms.)

import { PyObject } from './object';
import { PyDict, DictKeys, DictEntry } from './dict';
import { PyType } from './type';
import { PyFunction, PyMethod, PyMethodDescriptor, PyModule } from './function';
import { typeOf, moduleType, typeType, methodDescriptorType, wrapperDescriptorType } from './types';
import { PyInstance } from './class';
import { getAttr, setAttr, getMethod, methodFound, genericGetAttr, genericSetAttr } from './attr';

// Module-level copies of the imports the hot paths test against (L's 12:52 finding): TS
// compiles `x instanceof PyInstance` to a load of `class_1.PyInstance`, a field of the
// exports object V8 cannot treat as constant (TS first writes `exports.PyInstance = void 0`),
// so every use paid a load and a feedback check; a module-level const is a TurboFan constant.
// (These modules are fully loaded before this one: checked by the tests, which would fail
// with `instanceof undefined`.)
const InstanceK = PyInstance;
const ModuleK = PyModule;
const moduleTypeK = moduleType;
const foundK = methodFound;

const NONE = 0;
const INSTANCE_DICT = 1;
const METHOD = 2;
const CLASS_VALUE = 3;
const MODULE = 4;
/** An entry for a class OBJECT (`C.attr`, `Base.__init__(self)`): its version is the class's own. */
const CLASS_OBJECT = 5;
/** The same, when the value cannot be cached (the generic lookup each time, no refill). */
const CLASS_OBJECT_GENERIC = 6;

/**
 * A built-in method or slot wrapper (`Exception.__init__`, `dict.get`): its __get__ without an
 * instance returns it unchanged (method_get with obj NULL), so a class object's lookup of it
 * is cacheable as a function's is.
 */
function isPlainMethodDescriptor(attr: PyObject): boolean {
  return attr instanceof PyMethodDescriptor && (attr.ob_type === methodDescriptorType || attr.ob_type === wrapperDescriptorType);
}

/** A key list no dict ever has: an entry's `keys` before any split dict was seen. */
const NO_KEYS = new DictKeys([], null);

/** One cached class: what the lookup of the instruction's name found on it. */
class AttrCacheEntry {
  /** The class's version when filled (-1: empty); unique over all types and states. */
  version = -1;
  kind = NONE;
  /** METHOD: the function (Python function, or method descriptor of a built-in type); CLASS_VALUE: the value. */
  func: PyObject | null = null;
  /**
   * The key list (runtime/dict.ts DictKeys) of the last split instance dict seen, and the
   * name's index in it (-1: absent): while an instance's `__dict__.sk` is this list, the
   * attribute is `sv[index]` without a lookup (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE,
   * STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES' "not shadowed" check).
   */
  keys: DictKeys = NO_KEYS;
  index = -1;
  /** STORE_ATTR with index -1: `keys` with the name appended (the dict's next key list). */
  added: DictKeys | null = null;
  /** MODULE: the module dict's entry for the name, valid while its table has `tableVersion`. */
  entry: DictEntry | null = null;
  tableVersion = -1;
}

/** Up to WAYS classes per instruction (polymorphic sites: several task classes in a loop). */
const WAYS = 4;
/**
 * Out-of-line hits of the site's other classes after which the inline hit moves to the class
 * hit (AttrCache.strays). A site shared evenly by two classes moves about once per
 * STRAY_LIMIT of its runs; one that sees a class 9 times in 10 has it inline ~80% of the time.
 */
const STRAY_LIMIT = 32;

/** An instruction's cache: up to WAYS classes, found by version. */
export class AttrCache {
  readonly entries: AttrCacheEntry[] = [];
  private next = 0;
  /**
   * The monomorphic hit, checked inline before `entries` (CPython 3.11's one type-version
   * check and one index): while an instance's class has version `v0` and its split dict
   * the key list `k0`, the attribute is `sv[i0]` (LOAD_ATTR, STORE_ATTR of a present
   * key), or (STORE_ATTR, i0 -1) the store appends with key list `a0`, or (LOAD_METHOD,
   * i0 -1) the method is `f0`, not shadowed. Filled from one entry only, `owner`: the one
   * most recently added (a miss of every entry), so a polymorphic site does not overwrite
   * it back and forth (once its classes are all in the entries, it adds none), while a site
   * whose class changes for good (a program run again with new classes: new versions, the
   * prepared code and its caches reused; a site that saw one class first and another ever
   * after) moves its inline hit to the new class. (Filled from entries[0] instead, the
   * inline hit was dead in 3 runs of 4 of a benchmark process: add() replaces the entries
   * in turn.) The three facts hold for as long as the version and key list are the same
   * objects, so no invalidation is needed.
   */
  v0 = -1;
  k0: DictKeys = NO_KEYS;
  i0 = -1;
  a0: DictKeys | null = null;
  f0: PyObject | null = null;
  /** The entry the inline fields above are filled from (see there). */
  owner: AttrCacheEntry | null = null;
  /**
   * The second inline way (polymorphic sites: richards' `task.run` over four task classes,
   * raytrace's `Sphere/Plane.intersect`), tested after the first: the same facts as v0, k0,
   * i0, a0 and f0, for the entry `owner1`, the owner before the current one. When the owner
   * changes, the first way's fields move here (facts about some class, true for as long as
   * its version and key list are the same objects; a hit of owner1 out of line refills them).
   */
  v1 = -1;
  k1: DictKeys = NO_KEYS;
  i1 = -1;
  a1: DictKeys | null = null;
  f1: PyObject | null = null;
  owner1: AttrCacheEntry | null = null;
  /**
   * Hits of entries other than `owner` since `owner` was last set (out-of-line hits, the
   * second way's included: the owner's own hits are inline and not counted). At STRAY_LIMIT the entry hit becomes the
   * owner: a site that saw its rarer class last (deltablue's BinaryConstraint methods: every
   * EqualityConstraint load out of line once a ScaleConstraint was added) moves its inline
   * hit to the class it keeps seeing.
   */
  private strays = 0;
  /**
   * Module attributes (`math.sqrt`): the module dict's entry `me` for the name, valid while
   * the dict's table has keysVersion `mt` (unique over all tables: it identifies the module
   * too), checked before the entries are searched.
   */
  mt = -1;
  me: DictEntry | null = null;

  /** The entry for class `t`, filled for `name` when missing (or its class was modified since). */
  get(t: PyType, name: string, forStore: boolean): AttrCacheEntry {
    const v = t.version;
    const es = this.entries;
    for (let i = 0; i < es.length; i++) {
      const e = es[i];
      if (e.version === v) {
        if (e !== this.owner && ++this.strays >= STRAY_LIMIT) this.setOwner(e);
        return e;
      }
    }
    return this.add(t, name, forStore);
  }

  /**
   * The entry for the class object `t` itself (metaclass `type`): found by the class's
   * version and the CLASS_OBJECT kinds (an entry for t's instances has the same version).
   */
  forClass(t: PyType, name: string): AttrCacheEntry {
    const v = t.version;
    const es = this.entries;
    for (let i = 0; i < es.length; i++) {
      const e = es[i];
      if (e.version === v && (e.kind === CLASS_OBJECT || e.kind === CLASS_OBJECT_GENERIC)) return e;
    }
    const e = this.add(t, name, false);
    // type_getattro: a data descriptor of the metatype (type's own __name__, __dict__,
    // __doc__...) or an absent name takes the generic path; otherwise the class's own
    // attribute wins over the metatype's (`Base.__init__`: type.__init__ is a slot wrapper,
    // not a data descriptor), and a plain value, or a function (its __get__ without an
    // instance returns it), is the attribute as long as the class's version holds (type's
    // own dict never changes).
    const attr = t.lookup(name);
    const metaAttr = typeType.lookup(name);
    e.kind = CLASS_OBJECT_GENERIC;
    e.func = null;
    if (
      (metaAttr === undefined || typeof metaAttr !== 'object' || metaAttr.ob_type.slots.tp_descr_set === undefined) &&
      attr !== undefined &&
      (typeof attr !== 'object' || attr instanceof PyFunction || attr.ob_type.slots.tp_descr_get === undefined || isPlainMethodDescriptor(attr))
    ) {
      e.kind = CLASS_OBJECT;
      e.func = attr;
    }
    return e;
  }

  /**
   * A miss: a new entry, or (all WAYS in use) the next in turn. The entry of a class
   * modified since is no longer found by version and is eventually replaced.
   */
  add(t: PyType, name: string, forStore: boolean): AttrCacheEntry {
    const es = this.entries;
    let e: AttrCacheEntry;
    if (es.length < WAYS) es.push((e = new AttrCacheEntry()));
    else {
      e = es[this.next];
      this.next = (this.next + 1) % WAYS;
    }
    fill(e, t, name, forStore);
    this.setOwner(e);
    return e;
  }

  /**
   * A hit of the second way (out of line): counted as a stray, and at STRAY_LIMIT the two ways
   * change places, so that a site whose commoner class is in the second way (deltablue's
   * constraint methods: the class seen last is the rarer one) has it in the first, the one
   * the register VM's loop tests inline, and the stack VM's through the inlined functions.
   */
  strayHit1(): void {
    if (++this.strays < STRAY_LIMIT) return;
    const o = this.owner;
    const v = this.v0;
    const k = this.k0;
    const i = this.i0;
    const a = this.a0;
    const f = this.f0;
    this.owner = this.owner1;
    this.v0 = this.v1;
    this.k0 = this.k1;
    this.i0 = this.i1;
    this.a0 = this.a1;
    this.f0 = this.f1;
    this.owner1 = o;
    this.v1 = v;
    this.k1 = k;
    this.i1 = i;
    this.a1 = a;
    this.f1 = f;
    this.strays = 0;
  }

  /**
   * `e` becomes the owner, the owner before it owner1 with the first way's fields. The first
   * way is refilled from `e` by the caller's next hit on it (it keeps the old facts, still
   * true, until then).
   */
  private setOwner(e: AttrCacheEntry): void {
    const o = this.owner;
    if (o !== null && o !== e) {
      this.owner1 = o;
      this.v1 = this.v0;
      this.k1 = this.k0;
      this.i1 = this.i0;
      this.a1 = this.a0;
      this.f1 = this.f0;
    }
    this.owner = e;
    this.strays = 0;
  }
}

function fill(c: AttrCacheEntry, t: PyType, name: string, forStore: boolean): void {
  c.version = t.version;
  c.kind = NONE;
  c.func = null;
  c.keys = NO_KEYS;
  c.index = -1;
  c.added = null;
  c.entry = null;
  c.tableVersion = -1;
  if (t === moduleType) {
    // module_getattro: the generic lookup, then the module's __getattr__ (only when missing,
    // which the cached path leaves to getAttr).
    if (!forStore && t.lookup(name) === undefined) c.kind = MODULE;
    return;
  }
  if (forStore ? t.slots.tp_setattro !== genericSetAttr : t.slots.tp_getattro !== genericGetAttr) return;
  const descr = t.lookup(name);
  if (descr === undefined) c.kind = INSTANCE_DICT;
  else if (forStore) {
    // A class attribute without __set__ (a method, a constant) does not stop the store
    // from going to the instance dict (genericSetAttr).
    if (typeof descr !== 'object' || descr.ob_type.slots.tp_descr_set === undefined) c.kind = INSTANCE_DICT;
  } else if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) {
    c.kind = METHOD;
    c.func = descr;
  } else if (typeof descr !== 'object' || descr.ob_type.slots.tp_descr_get === undefined) {
    c.kind = CLASS_VALUE;
    c.func = descr;
  }
}

/** The index of the entry's name in the split dict `d`'s key list (-1: absent), cached per key list. */
function indexIn(c: AttrCacheEntry, ks: DictKeys, name: string): number {
  if (ks !== c.keys) {
    c.keys = ks;
    c.index = ks.indexOf(name);
    c.added = null;
  }
  return c.index;
}

/** Is `name` absent from the instance dict `d` (a method found on the class is not shadowed)? */
function absentFrom(c: AttrCacheEntry, d: PyDict, name: string): boolean {
  const ks = d.sk;
  if (ks !== null) return indexIn(c, ks, name) < 0;
  return d.getStr(name) === undefined;
}

/** LOAD_ATTR */
export function loadAttrCached(cache: AttrCache, obj: PyObject, name: string): PyObject {
  // Only the instance-attribute load of a class in the cache is here: the VMs' loops inline
  // this function, and TurboFan's inlining budget for a loop is shared by every helper.
  if (obj instanceof InstanceK) {
    const d = obj.__dict__;
    if (obj.ob_type.version === cache.v0 && d !== undefined && d.sk === cache.k0) return d.sv[cache.i0];
    return loadInstanceAttrOther(cache, obj, name);
  }
  // Two out-of-line functions, so that neither repeats the other's test: an instanceof that
  // fails walks the whole prototype chain (a module's LOAD_ATTR paid two, ~40% of `m.pi`).
  return loadAttrOther(cache, obj, name);
}

/** LOAD_ATTR on an instance, other than the inline hit: another class or key list, a combined dict, class values, methods. */
function loadInstanceAttrOther(cache: AttrCache, obj: PyInstance, name: string): PyObject {
  const d = obj.__dict__;
  // The second way first (a polymorphic site's other class), without the entries' search.
  if (obj.ob_type.version === cache.v1 && d !== undefined && d.sk === cache.k1) {
    const v = d.sv[cache.i1];
    cache.strayHit1(); // (after the read: it may swap the ways)
    return v;
  }
  const c = cache.get(obj.ob_type, name, false);
  const kind = c.kind;
  if (kind === INSTANCE_DICT && d !== undefined) {
    const ks = d.sk;
    if (ks !== null) {
      const i = indexIn(c, ks, name);
      if (i >= 0) {
        if (c === cache.owner) {
          cache.v0 = c.version;
          cache.k0 = ks;
          cache.i0 = i;
        } else if (c === cache.owner1) {
          cache.v1 = c.version;
          cache.k1 = ks;
          cache.i1 = i;
        }
        return d.sv[i];
      }
    } else {
      const v = d.getStr(name);
      if (v !== undefined) return v;
    }
  } else if (kind === CLASS_VALUE && (d === undefined || absentFrom(c, d, name))) {
    return c.func!;
  } else if (kind === METHOD && c.func instanceof PyFunction && (d === undefined || absentFrom(c, d, name))) {
    return new PyMethod(c.func, obj);
  }
  return getAttr(obj, name);
}

/** LOAD_ATTR on anything but an instance of a Python class: modules, class objects, built-in values. */
function loadAttrOther(cache: AttrCache, obj: PyObject, name: string): PyObject {
  // A module (`math.pi`) by one ob_type compare (an instanceof, when it fails, walks the
  // prototype chain), and its cached entry (loadModuleAttr's first test) without a call.
  if (typeof obj === 'object' && obj.ob_type === moduleTypeK) {
    const tb = obj.__dict__!.tbl;
    if (tb !== null && tb.keysVersion === cache.mt) return cache.me!.value;
    const v = loadModuleAttr(cache, obj as PyModule, name);
    if (v !== undefined) return v;
  } else if (obj instanceof PyType && obj.ob_type === typeType) {
    const c = cache.forClass(obj, name);
    if (c.kind === CLASS_OBJECT) return c.func!;
  }
  return getAttr(obj, name);
}

/** `math.sqrt`: the module dict's value, or undefined for the generic path. */
function loadModuleAttr(cache: AttrCache, m: PyModule, name: string): PyObject | undefined {
  if (m.ob_type !== moduleTypeK) return undefined;
  if (m.__dict__.sk === null && m.__dict__.table.keysVersion === cache.mt) return cache.me!.value;
  const c = cache.get(moduleType, name, false);
  if (c.kind !== MODULE) return undefined;
  const d = m.__dict__;
  const ks = d.sk;
  if (ks !== null) {
    // A module dict nobody asked the table of is still split (built-in modules).
    const i = indexIn(c, ks, name);
    return i >= 0 ? d.sv[i] : undefined;
  }
  // The entry, cached while the dict's key set is unchanged (keysVersion is unique over
  // all tables, so it also identifies the module).
  const t = d.table;
  if (c.tableVersion === t.keysVersion) return c.entry!.value;
  const e = t.map.get(name);
  if (e === undefined) return undefined;
  c.entry = e;
  c.tableVersion = t.keysVersion;
  cache.me = e;
  cache.mt = t.keysVersion;
  return e.value;
}

/** LOAD_METHOD: like attr.getMethod (sets methodFound.self). */
export function loadMethodCached(cache: AttrCache, obj: PyObject, name: string): PyObject {
  // Any object: instances of Python classes and values of built-in types ('s'.upper, l.append).
  // The receiver's type loaded here, not by typeOf: typeOf's `v.ob_type` is one load site
  // for every caller in the runtime (megamorphic), this one sees LOAD_METHOD's receivers only.
  const t = typeof obj === 'object' ? obj.ob_type : typeOf(obj);
  if (t.version === cache.v0) {
    // The site's first class, a method (v0 is only set for METHOD entries): not shadowed
    // when the instance has no dict or a dict with key list k0 (the name not in it).
    const d = typeof obj === 'object' ? obj.__dict__ : undefined;
    if (d === undefined || d.sk === cache.k0) {
      foundK.self = true;
      return cache.f0!;
    }
  } else if (t === moduleTypeK) {
    // `math.sqrt(x)`: the module entry cached by loadModuleAttr, here without its calls.
    const tb = (obj as PyModule).__dict__.tbl;
    if (tb !== null && tb.keysVersion === cache.mt) {
      foundK.self = false;
      return cache.me!.value;
    }
  }
  return loadMethodOther(cache, t, obj, name);
}

/** LOAD_METHOD's other cases: another class, key list or a combined dict to check, not a method. */
function loadMethodOther(cache: AttrCache, t: PyType, obj: PyObject, name: string): PyObject {
  if (t.version === cache.v1) {
    // The second way first (loadMethodCached's test for v0), without the entries' search.
    const d = typeof obj === 'object' ? obj.__dict__ : undefined;
    if (d === undefined || d.sk === cache.k1) {
      const f = cache.f1!;
      cache.strayHit1(); // (after the read: it may swap the ways)
      foundK.self = true;
      return f;
    }
  }
  if (t === moduleTypeK) {
    // `math.sqrt(x)`: the cached module entry first (loadModuleAttr), without the search.
    const v = loadModuleAttr(cache, obj as PyModule, name);
    if (v !== undefined) {
      foundK.self = false;
      return v;
    }
  }
  const c = cache.get(t, name, false);
  const d = typeof obj === 'object' ? obj.__dict__ : undefined;
  if (c.kind === METHOD && (d === undefined || absentFrom(c, d, name))) {
    if (c === cache.owner) {
      // k0: the key list just checked (NO_KEYS, which no dict has, when there is no dict:
      // an instance of the same class with a dict then takes this path).
      cache.v0 = c.version;
      cache.k0 = d !== undefined && d.sk !== null ? d.sk : NO_KEYS;
      cache.f0 = c.func;
    } else if (c === cache.owner1) {
      cache.v1 = c.version;
      cache.k1 = d !== undefined && d.sk !== null ? d.sk : NO_KEYS;
      cache.f1 = c.func;
    }
    foundK.self = true;
    return c.func!;
  }
  if (c.kind === MODULE && obj instanceof ModuleK) {
    // `math.sqrt(x)` (3.11 compiles it with LOAD_METHOD): the module dict's value, unbound.
    const v = loadModuleAttr(cache, obj, name);
    if (v !== undefined) {
      foundK.self = false;
      return v;
    }
  }
  if (obj instanceof PyType && obj.ob_type === typeType) {
    // `Base.__init__(self, ...)`: the function itself, called with self as an argument.
    const cc = cache.forClass(obj, name);
    if (cc.kind === CLASS_OBJECT) {
      foundK.self = false;
      return cc.func!;
    }
  }
  return getMethod(obj, name);
}

/** STORE_ATTR */
export function storeAttrCached(cache: AttrCache, obj: PyObject, name: string, value: PyObject): void {
  if (obj instanceof InstanceK) {
    const d = obj.__dict__;
    if (obj.ob_type.version === cache.v0 && d !== undefined && d.sk === cache.k0) {
      // A present key is replaced in place; a new one (`__init__`'s stores: the cached list
      // is the one before the name) is appended (PyDict.appendKey).
      const i = cache.i0;
      if (i >= 0) d.sv[i] = value;
      else d.appendKey(cache.a0!, value);
      return;
    }
  }
  storeAttrOther(cache, obj, name, value);
}

/** STORE_ATTR's other cases: another key list, a combined dict, a descriptor, not an instance. */
function storeAttrOther(cache: AttrCache, obj: PyObject, name: string, value: PyObject): void {
  if (obj instanceof InstanceK) {
    const d = obj.__dict__;
    if (obj.ob_type.version === cache.v1 && d !== undefined && d.sk === cache.k1) {
      // The second way first (storeAttrCached's test for v0), without the entries' search.
      const i = cache.i1;
      if (i >= 0) d.sv[i] = value;
      else d.appendKey(cache.a1!, value);
      cache.strayHit1();
      return;
    }
    const c = cache.get(obj.ob_type, name, true);
    if (c.kind === INSTANCE_DICT && d !== undefined) {
      const ks = d.sk;
      if (ks !== null) {
        const i = indexIn(c, ks, name);
        if (i >= 0) {
          d.sv[i] = value;
          if (c === cache.owner) {
            cache.v0 = c.version;
            cache.k0 = ks;
            cache.i0 = i;
            cache.a0 = null;
          } else if (c === cache.owner1) {
            cache.v1 = c.version;
            cache.k1 = ks;
            cache.i1 = i;
            cache.a1 = null;
          }
          return;
        }
        if (c.added !== null) {
          // (An owner's first way is filled here too: an entry that became the owner after
          // its key list's append was learnt would otherwise never be.)
          if (c === cache.owner) {
            cache.v0 = c.version;
            cache.k0 = ks;
            cache.i0 = -1;
            cache.a0 = c.added;
          } else if (c === cache.owner1) {
            cache.v1 = c.version;
            cache.k1 = ks;
            cache.i1 = -1;
            cache.a1 = c.added;
          }
          d.appendKey(c.added, value);
          return;
        }
        d.setStr(name, value);
        // Remember the key list the store led to, for appendKey next time.
        const nk = d.sk;
        if (nk !== null && nk !== ks) {
          c.added = nk;
          if (c === cache.owner) {
            cache.v0 = c.version;
            cache.k0 = ks;
            cache.i0 = -1;
            cache.a0 = nk;
          } else if (c === cache.owner1) {
            cache.v1 = c.version;
            cache.k1 = ks;
            cache.i1 = -1;
            cache.a1 = nk;
          }
        }
        return;
      }
      d.setStr(name, value);
      return;
    }
  }
  setAttr(obj, name, value);
}
