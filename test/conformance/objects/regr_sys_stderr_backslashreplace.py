# sys.stderr is errors='backslashreplace' (CPython's, whatever the locale): a lone surrogate
# written to it comes out as \udcff instead of a UnicodeEncodeError (unittest's final report
# wrote one and crashed pyvm's run).
import sys
print(sys.stderr.errors, sys.stderr.encoding)
sys.stderr.write('first \udcff\n')
print('between')
print('last', '\ud800', 'x\udfff', file=sys.stderr)
