text = '''the quick brown fox
jumps over the lazy dog
the end'''
words = text.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
longest = max(words, key=len)
print(len(words), longest, sorted(freq.items())[:3])
lines = [l.strip() for l in text.splitlines() if l]
