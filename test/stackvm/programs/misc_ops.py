match (1, [2, 3], {'k': 'v'}):
    case (1, [a, *rest], {'k': val}):
        print('matched', a, rest, val)
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
for p in (P(0, 0), P(1, 2), 'str', 42):
    match p:
        case P(0, 0):
            print('origin')
        case P(x, y=2):
            print('y2', x)
        case str() as s:
            print('string', s)
        case int(n) if n > 40:
            print('big', n)
s = 'abc'
print(s[::-1], s * 2, f'{s:>6}|{3.5:08.3f}|{255:#x}', '%s-%d' % ('a', 3))
t = (1, 2, 3)
print(t[1:], t + (4,), t.index(2), 2 in t, [*t, *'xy'], {**{'a': 1}, 'b': 2})
del t
print('t' in dir())
nums = [5, 3, 9, 1]
nums.sort(key=lambda v: -v)
print(nums, max(nums, key=lambda v: v % 5), min(3, 1, 2), any(x > 8 for x in nums), all([]))
print(divmod(17, 5), 2 ** 100, -7 // 2, 7.5 % 2, round(2.675, 2), abs(-3.5))
lst = list(range(10))
lst[2:5] = ['a']
del lst[::3]
print(lst)
print(isinstance(True, int), type(1.0).__name__, 1 == 1.0, {1: 'a', 1.0: 'b', True: 'c'})
