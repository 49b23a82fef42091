# re in the style of the Python docs' examples: a tokenizer on finditer + lastgroup, split with maxsplit, sub with a function, findall/finditer, backreferences, named groups, re.Pattern[str] annotations, copy of Pattern/Match.
import re
from typing import NamedTuple

class Token(NamedTuple):
    type: str
    value: str
    line: int
    column: int

def tokenize(code):
    keywords = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}
    token_specification = [
        ('NUMBER',   r'\d+(\.\d*)?'),  # Integer or decimal number
        ('ASSIGN',   r':='),           # Assignment operator
        ('END',      r';'),            # Statement terminator
        ('ID',       r'[A-Za-z]+'),    # Identifiers
        ('OP',       r'[+\-*/]'),      # Arithmetic operators
        ('NEWLINE',  r'\n'),           # Line endings
        ('SKIP',     r'[ \t]+'),       # Skip over spaces and tabs
        ('MISMATCH', r'.'),            # Any other character
    ]
    tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in keywords:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line_num}')
        yield Token(kind, value, line_num, column)

statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
'''
for token in tokenize(statements):
    print(token)
text = """Ross McFluff: 834.345.1254 155 Elm Street

Ronald Heathmore: 892.345.3428 436 Finley Avenue
Frank Burger: 925.541.7625 662 South Dogwood Way


Heather Albrecht: 548.326.4584 919 Park Place"""
entries = re.split("\n+", text)
print(entries)
print([re.split(":? ", entry, 3) for entry in entries])
print([re.split(":? ", entry, 4) for entry in entries])
def repl(m):
    inner_word = list(m.group(2))
    inner_word.sort()
    return m.group(1) + "".join(inner_word) + m.group(3)
print(re.sub(r"(\w)(\w+)(\w)", repl, "Professor Abdolmalek, please report your absences promptly."))
text = "He was carefully disguised but captured quickly by police."
print(re.findall(r"\w+ly\b", text))
for m in re.finditer(r"\w+ly\b", text):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))
valid = re.compile(r"^[a2-9tjqk]{5}$")
print(valid.match("akt5q"), valid.match("akt5e"), valid.match("akt"), valid.match("727ak"))
pair = re.compile(r".*(.).*\1")
print(pair.match("717ak").group(1), pair.match("718ak"), pair.match("354aa").group(1))
print(re.match(r"\W(.)\1\W", " ff "), re.match("\\W(.)\\1\\W", " ff "))
m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds")
print(m.group('first_name'), m.groupdict(), m['last_name'])
print(re.sub(r'def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):', r'static PyObject*\npy_\1(void)\n{', 'def myfunc():'))
print(re.sub('x*', '-', 'abxd'), re.sub(r'(?i)\bAND\b', '&', 'Baked Beans And Spam'), re.subn('(?i)and', '&', 'and AND And'))
print(re.sub(r'\s+', ' ', '  lots   of\n\twhitespace  ').strip(), re.split(r'[\s,;]+', 'a, b;c  d'), re.findall(r'[A-Z][a-z]+', 'HelloWorldFooBar'))
kv = re.compile(r'^(?P<key>[^=\s]+)\s*=\s*(?P<val>.*)$', re.M)
print([m.groupdict() for m in kv.finditer('a = 1\nb=two\n# c\nd =  x y ')])
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseName').lower(), re.fullmatch(r'[\w.+-]+@[\w-]+\.[\w.]+', 'a.b+c@d-e.org') is not None)
print(re.compile(r'(\d+)').sub(lambda m: str(int(m[1]) + 1), 'v1.9.10'), re.search(r'(?<=-)\w+', 'spam-egg').group(0))
def f(p: re.Pattern[str]) -> re.Match[str]:
    return p.match('x')
print(f(re.compile('x')), re.Pattern[str], re.Match[bytes])
import copy
p = re.compile('a'); m = p.match('a')
print(copy.copy(p) is p, copy.deepcopy(m) is m)
