parts = []
for i in range(5):
    parts.append(str(i) * i)
result = '-'.join(parts)
print(result, result.upper(), result[::-1], result[1:-1:2])
print(repr('quote\'s'), ascii('é'))
