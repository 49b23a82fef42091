# input() reads lines from stdin; prompts go to stdout.
name = input('name? ')
print('hello', name)
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print('total', total)
rest = input('more? ')
print(repr(rest))
try:
    input()
except EOFError as e:
    print('EOF:', e)
