# exceptions raised by the runtime library, caught and printed
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: int('x'), lambda: int('12', 1),
    lambda: float('abc'), lambda: [].pop(), lambda: [1].index(5), lambda: {}.popitem(), lambda: {'a': 1}['b'],
    lambda: 'abc'.index('z'), lambda: 'a' + 1, lambda: 'a' * 'b', lambda: chr(-5), lambda: ord('ab'),
    lambda: min([]), lambda: sum(['a', 'b']), lambda: round('x'), lambda: 2 ** 10000 / 1.5 if False else float(2 ** 1100),
    lambda: (1).to_bytes(0, 'big') if False else (300).to_bytes(1, 'big'), lambda: '{:d}'.format('s'),
    lambda: '%d %d' % (1,), lambda: set().pop(), lambda: __import__('math').sqrt(-1), lambda: __import__('math').exp(1000),
    lambda: __import__('math').factorial(-1), lambda: __import__('collections').deque().pop(), lambda: next(iter([])),
    lambda: int(float('nan')), lambda: int(float('inf')), lambda: 10.0 ** 400, lambda: sorted([1, 'a']),
    lambda: 'x'.encode('ascii') and 'é'.encode('ascii'), lambda: b'\xff'.decode(), lambda: __import__('random').choice([]),
    lambda: __import__('functools').reduce(min, []), lambda: divmod(1, 0.0), lambda: complex('1+'),
]
for t in tests:
    try:
        print('ok', t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print(type(e).__name__ + ':', e)
