# try/except inside loops and functions with `continue` in handlers.
results = []
for s in ['1', 'x', '3', '', '5']:
    try:
        n = int(s)
    except ValueError:
        results.append(None)
        continue
    results.append(n * n)
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
    finally:
        pass
print([safe_div(1, b) for b in (1, 0, 4)])
