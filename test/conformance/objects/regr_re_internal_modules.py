# re._constants and re._compiler (re is a package in CPython 3.11): MAXREPEAT, MAXGROUPS, the flag
# constants and _compiler._generate_overlap_table, from test_re's ImplementationTest.
import re
print(re._compiler.MAXREPEAT, int(re._compiler.MAXREPEAT), re._compiler.MAXGROUPS, re._constants.error is re.error)
from re._constants import MAXGROUPS, SRE_FLAG_IGNORECASE, SRE_FLAG_ASCII
print(MAXGROUPS, SRE_FLAG_IGNORECASE == re.I, SRE_FLAG_ASCII == re.A)
f = re._compiler._generate_overlap_table
print(f(""), f("a"), f("abcd"), f("aaaa"), f("ababba"), f("abcabdac"))
try:
    re.compile(r'(?P<a>)(?(%d))' % MAXGROUPS)
except re.error as e:
    print(e)
print(re.__package__, type(re.__path__).__name__)
