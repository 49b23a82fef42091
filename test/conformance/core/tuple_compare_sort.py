# Sorting tuples lexicographically; tuples with mixed-size numbers.
pts = [(2, 'b'), (1, 'z'), (2, 'a'), (1.5, 'm'), (True, 'q')]
print(sorted(pts))
print(max(pts), min(pts), (1, 2) == (1.0, 2.0), (1, (2, 3)) < (1, (2, 4)))
