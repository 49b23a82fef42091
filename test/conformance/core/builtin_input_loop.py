# Reading all of stdin with input() until EOFError.
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print(len(lines))
for ln in lines:
    words = ln.split()
    print(len(words), ' '.join(reversed(words)))
