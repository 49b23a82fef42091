# inf and nan: repr, comparisons, arithmetic.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), float('-inf'), float('NaN'), float('Infinity'))
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, inf == inf)
print(inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(nan > 0, nan < 0, max(1.0, 2.0))
print(1e308 * 10, -1e308 * 10)
