# TypeError for unsupported operand types, each operator.
pairs = [(1, 'a', '+'), ('a', 1, '-'), ([1], 2, '*' if False else '-'), ({}, {}, '+'), (None, 1, '<'), ('a', 2, '/'),
         (1.5, [1], '%'), ((1,), [1], '+'), (1, None, '**'), ({1}, [1], '|'), ('x', 'y', '&')]
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '<': lambda a, b: a < b, '/': lambda a, b: a / b,
       '%': lambda a, b: a % b, '**': lambda a, b: a ** b, '|': lambda a, b: a | b, '&': lambda a, b: a & b}
for a, b, op in pairs:
    try:
        ops[op](a, b)
    except TypeError as e:
        print(e)
try:
    -'x'
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
[] < ()
