# Memoisation with a dict and with default-argument caches.
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), fib(300))
def ways(n, coins=(1, 5, 10, 25)):
    table = [1] + [0] * n
    for c in coins:
        for v in range(c, n + 1):
            table[v] += table[v - c]
    return table[n]
print(ways(100), ways(1000))
