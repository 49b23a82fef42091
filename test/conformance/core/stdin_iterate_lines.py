# for line in sys.stdin reads line by line; input() and sys.stdin share one stream.
import sys
header = input()
print('header:', header)
total = 0
count = 0
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line:
        continue
    name, value = line.split(':')
    total += int(value)
    count += 1
    print(f'{name.strip():>8} {int(value):5d}')
print('count', count, 'total', total)
