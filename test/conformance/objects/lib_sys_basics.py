# sys: maxsize, version_info, platform-independent attributes, stdout.write.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.argv).__name__, sys.getrecursionlimit(), callable(sys.exit))
n = sys.stdout.write('written directly\n')
print(n)
sys.stderr.write('to stderr directly\n')
print(sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit > 0, type(sys.modules).__name__, '__main__' in sys.modules, 'sys' in sys.modules)
