# argv: ["alpha", "--flag", "42", "two words"]
# sys.argv holds the script's arguments after argv[0].
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith(('sys_argv.py', 'sys_argv.pyc')))
args = sys.argv[1:]
flags = [a for a in args if a.startswith('--')]
nums = [int(a) for a in args if a.isdigit()]
print(flags, nums)
