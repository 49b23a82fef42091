import argparse
import getopt
import sys

parser = argparse.ArgumentParser(prog='tool', description='A tool with subcommands.')
parser.add_argument('-v', '--verbose', action='count', default=0, help='more output')
parser.add_argument('--name', default='world', help='who to greet (default: %(default)s)')
sub = parser.add_subparsers(dest='command', required=True)
add = sub.add_parser('add', help='add numbers')
add.add_argument('nums', type=int, nargs='+')
add.add_argument('--scale', type=float, default=1.0)
greet = sub.add_parser('greet', help='greet someone')
greet.add_argument('--times', type=int, choices=[1, 2, 3], default=1)
greet.add_argument('--shout', action='store_true')
group = greet.add_mutually_exclusive_group()
group.add_argument('--polite', action='store_true')
group.add_argument('--rude', action='store_true')

ns = parser.parse_args(['-vv', 'add', '1', '2', '3', '--scale', '2.5'])
print(ns)
print(sum(ns.nums) * ns.scale, ns.verbose)
ns = parser.parse_args(['--name', 'pyvm', 'greet', '--times', '2', '--shout'])
print(sorted(vars(ns).items()))
print(parser.format_help())
print(greet.format_usage())
print(add.format_help())

for bad in (['add'], ['add', 'x'], ['greet', '--times', '7'], ['greet', '--polite', '--rude'], ['nope'], [], ['--bogus', 'add', '1']):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code, bad)

ns, rest = parser.parse_known_args(['add', '4', '--extra', 'x'])
print(ns.nums, rest)

p2 = argparse.ArgumentParser(prog='p2', formatter_class=argparse.RawDescriptionHelpFormatter,
                             epilog='done', description='line one\n  line two')
p2.add_argument('files', nargs='*', metavar='FILE')
p2.add_argument('-o', dest='output', metavar='OUT', required=False)
p2.add_argument('--level', type=str.upper, default='INFO')
p2.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True)
p2.add_argument('--item', action='append', default=[])
p2.add_argument('--const', action='store_const', const=42)
print(p2.parse_args(['a', 'b', '-o', 'x', '--level', 'debug', '--no-flag', '--item', '1', '--item', '2', '--const']))
p2.print_help()

opts, args = getopt.getopt(['-a', '-b', 'val', '--long=3', 'rest1', 'rest2'], 'ab:', ['long='])
print(opts, args)
try:
    getopt.getopt(['-z'], 'ab:')
except getopt.GetoptError as e:
    print('GetoptError', e, e.opt)
print(getopt.gnu_getopt(['x', '-a', 'y', '--long', '5'], 'a', ['long=']))

# the usage error as a user sees it: message on stderr, status 2
parser.parse_args(['greet', '--times', 'many'])
