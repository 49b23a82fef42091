// The time module: clocks (time, perf_counter, monotonic, process_time, thread_time and
// their _ns forms, clock_gettime/clock_gettime_ns/clock_getres over the CLOCK_* ids,
// get_clock_info), sleep, and the calendar functions (gmtime, localtime returning struct_time,
// mktime, strftime, strptime, asctime, ctime) with the host zone's
// timezone/altzone/daylight/tzname (tzset reads them again).

import { PyObject, PyFloat, PyTuple, None } from '../object';
import { PyType } from '../type';
import { makeBuiltinType, tupleType, setSlots, typeOf } from '../types';
import { addGetSet } from '../function';
import { finishSubtypeInstance } from '../class';
import { repr, toArray } from '../ops';
import { getAttr } from '../attr';
import { callObject } from '../call';
import { importAbsolute } from '../vmhelpers';
import { currentInterp } from '../interp';
import { OSError } from '../exceptions';
import { PyDict } from '../dict';

import { raise } from '../lib_errors';
import { asDouble, asIndex } from '../lib_args';
import { normBig } from '../int_ops';
import { defineModule } from './module_util';

const t0 = process.hrtime.bigint();

// time.struct_time: a tuple of the nine calendar fields with their names as attributes, and
// tm_zone / tm_gmtoff as attributes outside the tuple (a struct sequence with 9 visible
// fields of 11, as CPython's).
const STRUCT_TIME_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const structTimeType = makeBuiltinType('struct_time', tupleType, { module: 'time' });
/** tm_zone and tm_gmtoff of each struct_time (None for one built from a 9-sequence). */
const zoneOf = new WeakMap<PyTuple, [PyObject, PyObject]>();
STRUCT_TIME_FIELDS.forEach((name, i) => addGetSet(structTimeType, name, (v) => (v as PyTuple).items[i]));
addGetSet(structTimeType, 'tm_zone', (v) => zoneOf.get(v as PyTuple)?.[0] ?? None);
addGetSet(structTimeType, 'tm_gmtoff', (v) => zoneOf.get(v as PyTuple)?.[1] ?? None);
setSlots(structTimeType, {
  tp_new: (t: PyType, args: PyObject[]) => {
    if (args.length !== 1) raise('TypeError', `struct_time() takes at most 2 arguments (${args.length} given)`);
    const items = toArray(args[0]);
    if (items.length < 9) raise('TypeError', `time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
    if (items.length > 11) raise('TypeError', `time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
    const st = finishSubtypeInstance(new PyTuple(items.slice(0, 9)), t);
    zoneOf.set(st, [items[9] ?? None, items[10] ?? None]);
    return st;
  },
  tp_repr: (v) => `time.struct_time(${STRUCT_TIME_FIELDS.map((n, i) => `${n}=${repr((v as PyTuple).items[i])}`).join(', ')})`,
});

/** The host zone's offset east of UTC, in seconds, at `ms` (JS: minutes west). */
function gmtoffAt(ms: number): number {
  return -new Date(ms).getTimezoneOffset() * 60;
}

/** The zone's standard and summer offsets this year (equal where there is no DST). */
function zoneOffsets(): [number, number] {
  const y = new Date().getFullYear();
  const jan = gmtoffAt(new Date(y, 0, 1).getTime());
  const jul = gmtoffAt(new Date(y, 6, 1).getTime());
  return [Math.min(jan, jul), Math.max(jan, jul)];
}

/** The zone's abbreviation at `ms`, as the host formats it ('UTC', 'CET', or 'GMT+1' where it has none). */
function zoneName(ms: number): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(new Date(ms)).find((x) => x.type === 'timeZoneName');
  return part?.value ?? 'UTC';
}

function structTime(d: Date, utc: boolean): PyObject {
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const mo = utc ? d.getUTCMonth() : d.getMonth();
  const day = utc ? d.getUTCDate() : d.getDate();
  // Day of the year from calendar dates (a DST day is 23 or 25 hours long).
  const yday = Math.round((Date.UTC(y, mo, day) - Date.UTC(y, 0, 1)) / 86400000) + 1;
  const wday = ((utc ? d.getUTCDay() : d.getDay()) + 6) % 7;
  const ms = d.getTime();
  const off = utc ? 0 : gmtoffAt(ms);
  const [std, summer] = zoneOffsets();
  const isdst = !utc && std !== summer && off === summer ? 1 : 0;
  const st = finishSubtypeInstance(new PyTuple([y, mo + 1, day, utc ? d.getUTCHours() : d.getHours(), utc ? d.getUTCMinutes() : d.getMinutes(),
    utc ? d.getUTCSeconds() : d.getSeconds(), wday, yday, isdst]), structTimeType);
  zoneOf.set(st, [utc ? 'GMT' : zoneName(ms), off]);
  return st;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function tupleDate(t: PyObject): number[] {
  if (!(t instanceof PyTuple) || t.items.length < 9) raise('TypeError', 'Tuple or struct_time argument required');
  return (t as PyTuple).items.map((x) => Number(x));
}

function strftime(fmt: string, v: number[]): string {
  const [y, mo, d, h, mi, s, wd, yd] = v;
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return fmt.replace(/%([a-zA-Z%])/g, (_m, c: string) => {
    switch (c) {
      case 'Y': return String(y);
      case 'y': return p2(y % 100);
      case 'm': return p2(mo);
      case 'd': return p2(d);
      case 'H': return p2(h);
      case 'I': return p2(h % 12 === 0 ? 12 : h % 12);
      case 'M': return p2(mi);
      case 'S': return p2(s);
      case 'p': return h < 12 ? 'AM' : 'PM';
      case 'a': return DAYS[wd];
      case 'A': return ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][wd];
      case 'b': return MONTHS[mo - 1];
      case 'B': return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][mo - 1];
      case 'j': return String(yd).padStart(3, '0');
      case 'w': return String((wd + 1) % 7);
      case '%': return '%';
      default: return '%' + c;
    }
  });
}

// Linux's clock ids (CPython's time.CLOCK_* on this platform).
const CLOCKS: Record<string, number> = {
  CLOCK_REALTIME: 0, CLOCK_MONOTONIC: 1, CLOCK_PROCESS_CPUTIME_ID: 2, CLOCK_THREAD_CPUTIME_ID: 3,
  CLOCK_MONOTONIC_RAW: 4, CLOCK_BOOTTIME: 7, CLOCK_TAI: 11,
};

/** Nanoseconds of clock `id` (bigint), or an OSError(EINVAL) for an id Linux does not have. */
function clockNs(idArg: PyObject): bigint {
  const id = Number(asIndex(idArg));
  switch (id) {
    case 0: case 11: return BigInt(Date.now()) * 1000000n;
    case 1: case 4: case 7: return process.hrtime.bigint() - t0;
    case 2: case 3: {
      const u = process.cpuUsage();
      return BigInt(u.user + u.system) * 1000n;
    }
    default: throw callObject(OSError, [22, 'Invalid argument'], null);
  }
}

function typeOfName(v: PyObject): string {
  return typeOf(v).tpName;
}

/** What get_clock_info says of each clock (Linux's, as CPython 3.11 reports them). */
const CLOCK_INFO: Record<string, [string, boolean, boolean]> = {
  time: ['clock_gettime(CLOCK_REALTIME)', false, true],
  monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
  thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
};

defineModule('time', (m) => {
  m.fn('time', () => new PyFloat(Date.now() / 1000), { minArgs: 0, maxArgs: 0 });
  m.fn('time_ns', () => normBig(BigInt(Date.now()) * 1000000n), { minArgs: 0, maxArgs: 0 });
  const perf = (): PyObject => new PyFloat(Number(process.hrtime.bigint() - t0) / 1e9);
  const perfNs = (): PyObject => normBig(process.hrtime.bigint() - t0);
  m.fn('perf_counter', perf, { minArgs: 0, maxArgs: 0 });
  m.fn('perf_counter_ns', perfNs, { minArgs: 0, maxArgs: 0 });
  m.fn('monotonic', perf, { minArgs: 0, maxArgs: 0 });
  m.fn('monotonic_ns', perfNs, { minArgs: 0, maxArgs: 0 });
  const cpu = (): PyObject => {
    const u = process.cpuUsage();
    return new PyFloat((u.user + u.system) / 1e6);
  };
  m.fn('process_time', cpu, { minArgs: 0, maxArgs: 0 });
  m.fn('process_time_ns', () => normBig(clockNs(2)), { minArgs: 0, maxArgs: 0 });
  // One JavaScript thread: the thread's CPU time is the process's.
  m.fn('thread_time', cpu, { minArgs: 0, maxArgs: 0 });
  m.fn('thread_time_ns', () => normBig(clockNs(3)), { minArgs: 0, maxArgs: 0 });
  for (const [name, id] of Object.entries(CLOCKS)) m.set(name, id);
  m.fn('clock_gettime', (args) => new PyFloat(Number(clockNs(args[0])) / 1e9), { minArgs: 1, maxArgs: 1 });
  m.fn('clock_gettime_ns', (args) => normBig(clockNs(args[0])), { minArgs: 1, maxArgs: 1 });
  m.fn('clock_getres', (args) => {
    clockNs(args[0]);
    return new PyFloat(1e-9);
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('get_clock_info', (args) => {
    const name = args[0];
    if (typeof name !== 'string') raise('TypeError', `get_clock_info() argument 1 must be str, not ${typeOfName(name)}`);
    const info = CLOCK_INFO[name as string];
    if (info === undefined) raise('ValueError', 'unknown clock');
    const ns = getAttr(importAbsolute(currentInterp(), 'types'), 'SimpleNamespace');
    return callObject(ns, [], new Map<string, PyObject>([
      ['implementation', info[0]], ['monotonic', info[1]], ['adjustable', info[2]], ['resolution', new PyFloat(1e-9)],
    ]));
  }, { minArgs: 1, maxArgs: 1 });
  // strptime: datetime's parser (datetime_source.ts _strptime), its fields as a struct_time.
  m.fn('strptime', (args) => {
    const format = args.length > 1 ? args[1] : '%a %b %d %H:%M:%S %Y';
    // (CPython's _strptime words its type errors so, counting from 0, with the class's repr)
    [args[0], format].forEach((v, i) => {
      if (typeof v !== 'string') raise('TypeError', `strptime() argument ${i} must be str, not ${repr(typeOf(v))}`);
    });
    const parsed = callObject(getAttr(importAbsolute(currentInterp(), 'datetime'), '_strptime'), [args[0], format], null) as PyTuple;
    const [y, mo, d, h, mi, sec, , tz] = parsed.items;
    const ny = Number(y), nmo = Number(mo), nd = Number(d);
    const wday = (new Date(Date.UTC(ny, nmo - 1, nd)).getUTCDay() + 6) % 7;
    const jan1 = new Date(Date.UTC(ny, 0, 1));
    jan1.setUTCFullYear(ny);
    const day = new Date(Date.UTC(ny, nmo - 1, nd));
    day.setUTCFullYear(ny);
    const yday = Math.round((day.getTime() - jan1.getTime()) / 86400000) + 1;
    const st = finishSubtypeInstance(new PyTuple([y, mo, d, h, mi, sec, wday, yday, -1]), structTimeType);
    let gmtoff: PyObject = None;
    if (tz !== None) {
      const off = callObject(getAttr(tz, 'utcoffset'), [None], null);
      gmtoff = Math.trunc(asDouble(callObject(getAttr(off, 'total_seconds'), [], null)));
    }
    zoneOf.set(st, [None, gmtoff]);
    return st;
  }, { minArgs: 1, maxArgs: 2 });
  m.fn('sleep', (args) => {
    const secs = asDouble(args[0]);
    if (secs < 0) raise('ValueError', 'sleep length must be non-negative');
    // A synchronous interpreter: block the thread for the duration.
    const sab = new SharedArrayBuffer(4);
    Atomics.wait(new Int32Array(sab), 0, 0, secs * 1000);
    return None;
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('gmtime', (args) => structTime(new Date(args.length && args[0] !== None ? asDouble(args[0]) * 1000 : Date.now()), true), { minArgs: 0, maxArgs: 1 });
  m.fn('localtime', (args) => structTime(new Date(args.length && args[0] !== None ? asDouble(args[0]) * 1000 : Date.now()), false), { minArgs: 0, maxArgs: 1 });
  m.fn('strftime', (args) => {
    const t = args.length > 1 ? tupleDate(args[1]) : tupleDate(structTime(new Date(), false));
    return strftime(args[0] as string, t);
  }, { minArgs: 1, maxArgs: 2 });
  m.fn('ctime', (args) => {
    const v = tupleDate(structTime(new Date(args.length && args[0] !== None ? asDouble(args[0]) * 1000 : Date.now()), false));
    return strftime(`%a %b ${String(v[2]).padStart(2, ' ')} %H:%M:%S %Y`, v);
  }, { minArgs: 0, maxArgs: 1 });
  m.set('struct_time', structTimeType);
  m.fn('mktime', (args) => {
    const t = args[0];
    if (!(t instanceof PyTuple) || t.items.length < 9) raise('TypeError', 'mktime(): illegal time tuple argument');
    const v = tupleDate(t);
    const ms = new Date(v[0], v[1] - 1, v[2], v[3], v[4], v[5]).getTime();
    if (!Number.isFinite(ms)) raise('OverflowError', 'mktime argument out of range');
    return new PyFloat(ms / 1000);
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('asctime', (args) => {
    const v = tupleDate(args.length > 0 ? args[0] : structTime(new Date(), false));
    return strftime(`%a %b ${String(v[2]).padStart(2, ' ')} %H:%M:%S %Y`, v);
  }, { minArgs: 0, maxArgs: 1 });
  // timezone/altzone: seconds WEST of UTC for standard and summer time; tzname their names.
  const setZone = (d: PyDict): void => {
    const [std, summer] = zoneOffsets();
    const y = new Date().getFullYear();
    const jan = new Date(y, 0, 1).getTime();
    const jul = new Date(y, 6, 1).getTime();
    const stdMs = gmtoffAt(jan) === std ? jan : jul;
    const summerMs = stdMs === jan ? jul : jan;
    d.setStr('timezone', -std);
    d.setStr('altzone', -summer);
    d.setStr('daylight', std !== summer ? 1 : 0);
    d.setStr('tzname', new PyTuple([zoneName(stdMs), std !== summer ? zoneName(summerMs) : zoneName(stdMs)]));
  };
  const module = m.module;
  setZone(module.__dict__);
  // tzset: the zone variables again, from the host's zone now (Node follows process.env.TZ).
  m.fn('tzset', () => {
    setZone(module.__dict__);
    return None;
  }, { minArgs: 0, maxArgs: 0 });
});
