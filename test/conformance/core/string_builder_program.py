# A text-report program: word wrapping, centring and counting.
text = ('The quick brown fox jumps over the lazy dog. ' * 3).strip()
width = 24
lines, cur = [], ''
for word in text.split():
    if len(cur) + len(word) + (1 if cur else 0) > width:
        lines.append(cur)
        cur = word
    else:
        cur = f'{cur} {word}' if cur else word
lines.append(cur)
print('+' + '-' * width + '+')
for ln in lines:
    print('|' + ln.center(width) + '|')
print('+' + '-' * width + '+')
print(len(lines), sum(len(l) for l in lines), max(lines, key=len))
