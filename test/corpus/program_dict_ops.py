counts = {}
for word in 'a b a c b a'.split():
    counts[word] = counts.get(word, 0) + 1
for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f'{k}: {v:>3}')
merged = {**counts, 'z': 0}
