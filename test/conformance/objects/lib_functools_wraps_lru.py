# functools.wraps keeps metadata; lru_cache memoises and reports cache info.
from functools import wraps, lru_cache
def logged(f):
    @wraps(f)
    def wrapper(*a, **k):
        print('calling', f.__name__, a)
        return f(*a, **k)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(sq.cache_info())
fib.cache_clear()
print(fib.cache_info())
