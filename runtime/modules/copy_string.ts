// The copy module (Python source: copy_source.ts) and the string module's constants and
// capwords.

import { None } from '../object';
import { PyList } from '../containers';
import { raise } from '../lib_errors';
import { strSplit, strJoin } from '../str_methods';
import { defineModule, lazyAttributes } from './module_util';
import { definePythonModule } from './python_source';
import { COPY_SOURCE } from './copy_source';

// copy is Python source (copy_source.ts), as CPython's Lib/copy.py: its protocol (copyreg's
// table, __reduce_ex__, _reconstruct) is what classes customise.
definePythonModule('copy', COPY_SOURCE);

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const WS = ' \t\n\r\x0b\x0c';

defineModule('string', (m) => {
  m.set('ascii_lowercase', LOWER);
  m.set('ascii_uppercase', UPPER);
  m.set('ascii_letters', LOWER + UPPER);
  m.set('digits', DIGITS);
  m.set('hexdigits', DIGITS + 'abcdef' + 'ABCDEF');
  m.set('octdigits', '01234567');
  m.set('punctuation', PUNCT);
  m.set('whitespace', WS);
  m.set('printable', DIGITS + LOWER + UPPER + PUNCT + WS);
  m.fn('capwords', (args) => {
    const s = args[0];
    if (typeof s !== 'string') raise('TypeError', 'capwords() argument must be str');
    const sep = args.length > 1 && args[1] !== None ? (args[1] as string) : null;
    const words = strSplit(s as string, sep, -1).map((w) => (w.length === 0 ? w : w[0].toUpperCase() + w.slice(1).toLowerCase()));
    return strJoin(sep === null ? ' ' : sep, new PyList(words));
  }, { minArgs: 1, maxArgs: 2 });
  // PEP 562: Template is Python source (string_template_source.ts), compiled on first use.
  lazyAttributes(m, new Map([['Template', '_string_template'], ['Formatter', '_string']]));
  // CPython's __all__ (`from string import *` takes the lazily loaded names too)
  m.set('__all__', new PyList(['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']));
});
