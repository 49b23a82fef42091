# raise ... from ...: __cause__ and the "direct cause" traceback text.
class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f'cannot parse {s!r}') from e
try:
    parse('x')
except ParseError as e:
    print(e, '| cause:', repr(e.__cause__), e.__suppress_context__)
parse('y')
