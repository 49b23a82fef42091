# argv: ["3", "4", "5"]
# A command-line program that sums its arguments.
import sys
def main(argv):
    if len(argv) < 2:
        print('usage: sum N...')
        return 2
    print(sum(int(a) for a in argv[1:]))
    return 0
sys.exit(main(sys.argv))
