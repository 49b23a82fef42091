// The time module: clocks (time, perf_counter, monotonic, process_time and their _ns
// forms), sleep, and the calendar functions (gmtime, localtime returning struct_time, mktime,
// strftime, asctime, ctime) with the host zone's timezone/altzone/daylight/tzname.

import { PyObject, PyFloat, PyTuple, None } from '../object';
import { PyType } from '../type';
import { makeBuiltinType, tupleType, setSlots } from '../types';
import { addGetSet } from '../function';
import { finishSubtypeInstance } from '../class';
import { repr, toArray } from '../ops';

import { raise } from '../lib_errors';
import { asDouble } from '../lib_args';
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

defineModule('time', (m) => {
  m.fn('time', () => new PyFloat(Date.now() / 1000), { minArgs: 0, maxArgs: 0 });
  m.fn('time_ns', () => normBig(BigInt(Date.now()) * 1000000n), { minArgs: 0, maxArgs: 0 });
  const perf = (): PyObject => new PyFloat(Number(process.hrtime.bigint() - t0) / 1e9);
  const perfNs = (): PyObject => normBig(process.hrtime.bigint() - t0);
  m.fn('perf_counter', perf, { minArgs: 0, maxArgs: 0 });
  m.fn('perf_counter_ns', perfNs, { minArgs: 0, maxArgs: 0 });
  m.fn('monotonic', perf, { minArgs: 0, maxArgs: 0 });
  m.fn('monotonic_ns', perfNs, { minArgs: 0, maxArgs: 0 });
  m.fn('process_time', () => {
    const u = process.cpuUsage();
    return new PyFloat((u.user + u.system) / 1e6);
  }, { minArgs: 0, maxArgs: 0 });
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
  const [std, summer] = zoneOffsets();
  const y = new Date().getFullYear();
  const jan = new Date(y, 0, 1).getTime();
  const jul = new Date(y, 6, 1).getTime();
  const stdMs = gmtoffAt(jan) === std ? jan : jul;
  const summerMs = stdMs === jan ? jul : jan;
  m.set('timezone', -std);
  m.set('altzone', -summer);
  m.set('daylight', std !== summer ? 1 : 0);
  m.set('tzname', new PyTuple([zoneName(stdMs), std !== summer ? zoneName(summerMs) : zoneName(stdMs)]));
});
