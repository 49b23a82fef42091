# A tokenizer, recursive-descent parser and evaluator for arithmetic with variables.
class Tok:
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return f'{self.kind}:{self.text}'
def tokenize(src):
    out = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            out.append(Tok('num', src[i:j]))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            out.append(Tok('name', src[i:j]))
            i = j
        elif src.startswith('**', i):
            out.append(Tok('op', '**'))
            i += 2
        elif c in '+-*/()=%':
            out.append(Tok('op', c))
            i += 1
        else:
            raise SyntaxError(f'bad character {c!r} at {i}')
    return out
class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i].text if self.i < len(self.toks) else None
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self):
        node = self.term()
        while self.peek() in ('+', '-'):
            node = (self.take().text, node, self.term())
        return node
    def term(self):
        node = self.power()
        while self.peek() in ('*', '/', '%'):
            node = (self.take().text, node, self.power())
        return node
    def power(self):
        base = self.unary()
        if self.peek() == '**':
            self.take()
            return ('**', base, self.power())
        return base
    def unary(self):
        if self.peek() == '-':
            self.take()
            return ('neg', self.unary())
        return self.atom()
    def atom(self):
        t = self.take()
        if t.kind == 'num':
            return float(t.text) if '.' in t.text else int(t.text)
        if t.kind == 'name':
            return ('var', t.text)
        if t.text == '(':
            e = self.expr()
            if self.take().text != ')':
                raise SyntaxError('expected )')
            return e
        raise SyntaxError(f'unexpected {t.text!r}')
OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
       '/': lambda a, b: a / b, '%': lambda a, b: a % b, '**': lambda a, b: a ** b}
def evaluate(node, env):
    if isinstance(node, (int, float)):
        return node
    kind = node[0]
    if kind == 'var':
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f'undefined variable {node[1]}') from None
    if kind == 'neg':
        return -evaluate(node[1], env)
    return OPS[kind](evaluate(node[1], env), evaluate(node[2], env))
env = {}
for line in ['x = 3', 'y = x ** 2 ** 2 - 1', '(x + y) * -2 / 4', 'y % 7 + 0.5', 'z + 1', '2 ** 100', '1 / (x - 3)', '3 $ 4']:
    try:
        toks = tokenize(line)
        if len(toks) > 2 and toks[1].text == '=':
            env[toks[0].text] = evaluate(Parser(toks[2:]).expr(), env)
            print(f'{toks[0].text} := {env[toks[0].text]}')
        else:
            print(f'{line} => {evaluate(Parser(toks).expr(), env)}')
    except (NameError, ZeroDivisionError, SyntaxError) as e:
        print(f'{line} !! {type(e).__name__}: {e}')
