# re's parser warnings (CPython 3.11, test_re test_symbolic_groups_errors, test_symbolic_refs_errors,
# test_re_groupref_exists_errors, test_possible_set_operations): numeric group names that int()
# accepts but are not ASCII digits, non-ASCII bytes group names (DeprecationWarning), possible set
# operations (FutureWarning), each at the caller's line; bytes patterns' messages are ASCII.
import re, warnings, sys
warnings.simplefilter('always')
def show(f):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            r = f()
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
    for w in ws:
        print('  warn', w.category.__name__, str(w.message), w.lineno)
    print(r)
show(lambda: re.sub('(?P<a>x)', r'\g<+1>', 'xx'))
show(lambda: re.sub('()'*10, r'\g<1_0>', 'xx'))
show(lambda: re.sub('(?P<a>x)', r'\g< 1 >', 'xx'))
show(lambda: re.sub('(?P<a>x)', r'\g<-1>', 'xx'))
show(lambda: re.sub('(?P<a>x)', r'\g<-0>', 'xx'))
show(lambda: re.sub('(?P<a>x)', '\\g<\u0661>', 'xx'))
show(lambda: re.compile(r'()(?(+1)a|b)').pattern)
show(lambda: re.compile(r'()'*10 + r'(?(1_0)a|b)').groups)
show(lambda: re.compile(r'()(?( 1 )a|b)').groups)
show(lambda: re.compile(r'()(?(-1)a|b)'))
show(lambda: re.compile(r'()(?(1__0)a|b)'))
show(lambda: re.compile(b'(?P<\xc2\xb5>x)').groupindex)
show(lambda: re.compile(b'(?P=\xc2\xb5)'))
show(lambda: re.compile(b'(?(\xc2\xb5)y)'))
show(lambda: re.compile(b'(?P<\xc2\xb5>x)(?P=\xc2\xb5)').match(b'xx'))
show(lambda: re.sub(b'(?P<\xc2\xb5>x)', b'[\\g<\xc2\xb5>]', b'xx'))
show(lambda: re.compile('[[a]').pattern)
show(lambda: re.compile('[a--b]').pattern)
show(lambda: re.compile('[a&&b]').pattern)
show(lambda: re.compile('[a~~b]').pattern)
show(lambda: re.compile('[a||b]').pattern)
show(lambda: re.compile('[a-z--b]').pattern)
show(lambda: re.compile('[--a]').pattern)
show(lambda: re.compile(r'[\[a]').pattern)
show(lambda: re.compile('[^[a]').pattern)
show(lambda: re.compile('[&&]').pattern)
show(lambda: re.compile('x[[a]y(').pattern)
p = re.compile(r'(?P<a>x)')
show(lambda: p.sub(r'\g<+1>', 'x'))
show(lambda: p.match('x').expand(r'\g<+1>'))
