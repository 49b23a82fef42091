# decimal: the context operations on pseudo-random operands (finite numbers of up to 40
# digits, exponents up to +-1000, the special values), at several precisions, every rounding
# mode and small exponent limits; prints each result and the flags it raised.
from decimal import *

state = [12345]


def rnd(n):
    # a small linear congruential generator: the same operands under every implementation
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def choice(seq):
    return seq[rnd(len(seq))]


def operand():
    k = rnd(100)
    if k < 4:
        return choice(['NaN', 'sNaN', 'Inf', '-Inf', '-0', '0E-5', 'NaN12', '0'])
    sign = choice(['', '-'])
    digits = ''.join(choice('0123456789') for _ in range(1 + rnd(40)))
    exp = rnd(81) - 40
    if rnd(10) == 0:
        exp = rnd(2001) - 1000
    return '%s%sE%d' % (sign, digits, exp)


ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
             ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
OPS2 = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'divmod',
        'compare', 'max', 'min', 'max_mag', 'min_mag', 'quantize', 'remainder_near', 'power',
        'compare_total', 'next_toward', 'copy_sign', 'same_quantum']
OPS1 = ['sqrt', 'exp', 'ln', 'log10', 'plus', 'minus', 'abs', 'normalize',
        'to_integral_value', 'to_integral_exact', 'next_plus', 'next_minus', 'logb',
        'number_class', 'to_eng_string', 'to_sci_string']

for i in range(int(__import__('sys').argv[1]) if len(__import__('sys').argv) > 1 else 700):
    op = choice(OPS1 + OPS2)
    args = [operand()] if op in OPS1 else [operand(), operand()]
    if op == 'power' and rnd(10) < 6:
        if rnd(10) < 6:
            args[1] = str(rnd(61) - 30)
        else:
            args[1] = choice(['0.5', '1.5', '-2.25', '0.1', '3.7'])
    if op in ('exp', 'ln', 'log10') and rnd(10) < 7:
        args[0] = '%s%d.%dE%d' % (choice(['', '-']) if op == 'exp' else '', rnd(100), rnd(10000), rnd(8) - 5)
    prec = choice([1, 2, 5, 9, 16, 28, 40])
    rounding = choice(ROUNDINGS)
    emax = choice([99, 999999, 999])
    ctx = Context(prec=prec, rounding=rounding, Emax=emax, Emin=-emax, traps=[])
    try:
        r = getattr(ctx, op)(*[Decimal(a) for a in args])
        if isinstance(r, tuple):
            r = tuple(str(x) for x in r)
        else:
            r = str(r)
    except Exception as e:
        r = 'EXC ' + type(e).__name__
    flags = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    print(i, op, args, prec, rounding, emax, r, flags)
