# A stack-based RPN calculator class with error handling.
class RPN:
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
    def __init__(self):
        self.stack = []
    def eval(self, text):
        self.stack.clear()
        for tok in text.split():
            if tok in self.ops:
                try:
                    b, a = self.stack.pop(), self.stack.pop()
                except IndexError:
                    raise SyntaxError(f'not enough operands for {tok}') from None
                self.stack.append(self.ops[tok](a, b))
            else:
                self.stack.append(float(tok) if '.' in tok else int(tok))
        return self.stack[-1]
c = RPN()
for expr in ('3 4 +', '5 1 2 + 4 * + 3 -', '2 3 4 * +', '1.5 2 *', '10 4 /'):
    print(expr, '=', c.eval(expr))
for bad in ('1 +', '4 0 /'):
    try:
        c.eval(bad)
    except (SyntaxError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
