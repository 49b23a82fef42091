# Many big-int operations on pseudo-random operands (a fixed LCG), summarised per operation.
state = 12345
def rnd(bits):
    global state
    out = 0
    for _ in range((bits + 31) // 32):
        state = (state * 1103515245 + 12345) % 2 ** 31
        out = (out << 32) | state
    return out >> (((bits + 31) // 32) * 32 - bits)
checks = {'add': 0, 'sub': 0, 'mul': 0, 'floordiv': 0, 'mod': 0, 'divmod': 0, 'pow': 0,
          'and': 0, 'or': 0, 'xor': 0, 'lshift': 0, 'rshift': 0, 'str': 0, 'neg': 0}
M = 2 ** 61 - 1
for i in range(150):
    a = rnd(40 + i * 3) * (-1 if i % 3 == 0 else 1)
    b = rnd(20 + (i * 7) % 150) * (-1 if i % 5 == 0 else 1) or 7
    checks['add'] = (checks['add'] + (a + b)) % M
    checks['sub'] = (checks['sub'] + (a - b)) % M
    checks['mul'] = (checks['mul'] + (a * b)) % M
    checks['floordiv'] = (checks['floordiv'] + (a // b)) % M
    checks['mod'] = (checks['mod'] + (a % b)) % M
    q, r = divmod(a, b)
    assert q * b + r == a
    checks['divmod'] = (checks['divmod'] + q * 31 + r) % M
    checks['pow'] = (checks['pow'] + pow(abs(a) + 2, abs(b) % 1000 + 1, M)) % M
    checks['and'] = (checks['and'] + (a & b)) % M
    checks['or'] = (checks['or'] + (a | b)) % M
    checks['xor'] = (checks['xor'] + (a ^ b)) % M
    checks['lshift'] = (checks['lshift'] + (a << (i % 70))) % M
    checks['rshift'] = (checks['rshift'] + (a >> (i % 90))) % M
    checks['str'] = (checks['str'] + int(str(a)[::-1].lstrip('-') or '0')) % M
    checks['neg'] = (checks['neg'] + (-a) // 3 + (~b)) % M
for k, v in checks.items():
    print(k, v)
print(rnd(200), -rnd(100) // 7, hex(rnd(90)), oct(-rnd(70)))
