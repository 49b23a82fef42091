# Numeric literal errors as CPython 3.11's tokenizer reports them (found by CPython's
# test_grammar): a decimal digit after an underscore of a binary or octal literal is named,
# a non-ASCII character after a number is not part of it (gh-88943: '1⁄7' is an invalid
# character, '1é' invalid syntax), and the range of "leading zeros" ends after the first
# non-zero digit.
cases = [
    "0b12", "0b1_2", "0b2", "0b1_", "0b", "0o18", "0o1_8", "0o8", "0o1_", "0o", "0x1_", "0x",
    "1_", "012", "1.2_", "1e2_", "1e+", "0b1_1_", "0o1_9", "0b1_0_2", "0o7_7_8",
    "0xfspam", "0spam", "1.spam", "1e3spam", "1jspam", "9spam", "0b1spam", "0o7spam",
    "0b1⁄7", "0xf⁄7", "9⁄7", "1.⁄7", "1j⁄7", "0⁄7", "1e3⁄7", "0o7⁄7",
    "1é", "0x1é", "1.5é + 2", "x = 1é", "1jé", "1_é", "0b1é", "0b1_é", "0b_é",
    "0_7", "09", "x = 0007 + 1", "00_0_9", "0_0", "0_", "00", "1__2", "0x_", "0xg", "1e_1",
    "1_.5", "1._5", "0j", "5.J", "1_000j", "0x_f", "0b_1",
]
for c in cases:
    try:
        compile(c, "<t>", "exec")
        print(repr(c), 'ok')
    except SyntaxError as e:
        print(repr(c), e.msg, e.lineno, e.offset, e.end_offset)
