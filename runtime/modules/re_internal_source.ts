// re._constants and re._compiler: the constants of CPython's pattern compiler that code and
// tests read (MAXREPEAT, MAXGROUPS, the SRE_FLAG_* and SRE_INFO_* bits, MAGIC) and
// _compiler._generate_overlap_table (the prefix table of a literal prefix). pyvm's pattern
// compiler is re.ts (a translation to JS regexps): there is no sre opcode program, so the
// parser's and compiler's own functions (sre_parse.parse, _compile_info ...) are not here.
// Written from the re module's documentation and the values python3 3.11 shows.

import { definePythonModule } from './python_source';

const CONSTANTS_SOURCE = `
"""Internal support module for re: the pattern compiler's constants."""

from re import error

MAGIC = 20220615


class _NamedIntConstant(int):
    def __new__(cls, value, name):
        self = super(_NamedIntConstant, cls).__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return self.name

    __reduce__ = None


MAXREPEAT = _NamedIntConstant(4294967295, 'MAXREPEAT')
MAXGROUPS = 1073741823

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

SRE_INFO_PREFIX = 1
SRE_INFO_LITERAL = 2
SRE_INFO_CHARSET = 4
`;

const COMPILER_SOURCE = `
"""Internal support module for re: what pyvm has of the pattern compiler."""

from re._constants import *
from re._constants import MAXREPEAT, MAXGROUPS, MAGIC


def _generate_overlap_table(prefix):
    """For each position i of prefix, the length of the longest proper prefix of
    prefix[:i + 1] that is also a suffix of it."""
    table = [0] * len(prefix)
    k = 0
    for i in range(1, len(prefix)):
        while k and prefix[i] != prefix[k]:
            k = table[k - 1]
        if prefix[i] == prefix[k]:
            k += 1
        table[i] = k
    return table
`;

definePythonModule('re._constants', CONSTANTS_SOURCE);
definePythonModule('re._compiler', COMPILER_SOURCE);
