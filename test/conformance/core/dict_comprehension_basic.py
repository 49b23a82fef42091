# dict comprehensions and dict algorithms.
words = ['apple', 'bob', 'cat', 'apple', 'dog', 'cat']
print({w: len(w) for w in words})
print({w: i for i, w in enumerate(words)})
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
print({k: v for k, v in zip(range(5), 'abcde') if k % 2 == 0})
