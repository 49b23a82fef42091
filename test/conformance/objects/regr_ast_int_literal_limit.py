# A decimal int literal longer than sys.get_int_max_str_digits() is a SyntaxError at compile
# time, as in CPython (the parser's int conversion fails; the error names the line, no columns);
# hexadecimal literals and literals within the limit compile (CPython's test_ast
# test_literal_eval_str_int_limit; pyvm compiled them all).
import sys

def show(src, mode='eval'):
    try:
        v = compile(src, '<src>', mode)
        print('compiled', len(src))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
        print('  at', e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.text.rstrip('\n')))

show('3' * 4300)
show('3' * 4301)
show('-' + '3' * 4301)
show('0x' + '3' * 5000)
show('3_3' * 2200)
show('x = 1\ny = [' + '4' * 6000 + ']\n', 'exec')
show('match x:\n case ' + '5' * 4400 + ': pass\n', 'exec')
show('3' * 4400 + '.5')
show('3' * 4400 + 'j')
sys.set_int_max_str_digits(5000)
show('3' * 4500)
show('3' * 5001)
sys.set_int_max_str_digits(0)
show('7' * 9000)
