# Reading stdin with sys.stdin iteration and read().
import sys
first = sys.stdin.readline()
print('first:', repr(first))
rest = sys.stdin.read()
words = rest.split()
print(len(rest.splitlines()), len(words), max(words, key=len))
