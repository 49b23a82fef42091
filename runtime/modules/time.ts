// The time module: clocks (time, perf_counter, monotonic, process_time and their _ns
// forms), sleep, and the basic calendar functions (gmtime, localtime, strftime, ctime).

import { PyObject, PyFloat, PyTuple, None } from '../object';
import { raise } from '../lib_errors';
import { asDouble } from '../lib_args';
import { normBig } from '../int_ops';
import { defineModule } from './module_util';

const t0 = process.hrtime.bigint();

function structTime(d: Date, utc: boolean): PyObject {
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const mo = utc ? d.getUTCMonth() : d.getMonth();
  const day = utc ? d.getUTCDate() : d.getDate();
  const start = utc ? Date.UTC(y, 0, 1) : new Date(y, 0, 1).getTime();
  const yday = Math.floor((d.getTime() - start) / 86400000) + 1;
  const wday = ((utc ? d.getUTCDay() : d.getDay()) + 6) % 7;
  return new PyTuple([y, mo + 1, day, utc ? d.getUTCHours() : d.getHours(), utc ? d.getUTCMinutes() : d.getMinutes(),
    utc ? d.getUTCSeconds() : d.getSeconds(), wday, yday, 0]);
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
  m.set('timezone', 0);
});
