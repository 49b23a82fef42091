# binascii.b2a_qp / a2b_qp as CPython's (test_binascii; quopri's fast path): which bytes are
# encoded, soft line breaks under 76 characters, CRLF kept, spaces before line ends, headers.
import binascii

cases = [b'', b'hello world', b'a=b', b'tab\there', b'end space ', b'end tab\t', b'line \nnext', b'crlf \r\nnext\r\nlast',
         b'.\n.x\n.', b'\x00\x7f\x80\xff~', b'under_score and space', b'x' * 80, b'y' * 75 + b'\n' + b'z' * 76,
         b'=' * 30, b'mixed\rcr only', b'a\r\nb\nc', bytes(range(0, 256, 7))]
for d in cases:
    for kw in ({}, {'quotetabs': True}, {'istext': False}, {'header': True}):
        e = binascii.b2a_qp(d, **kw)
        print(kw, e)
        print(binascii.a2b_qp(e, header=kw.get('header', False)) == d if 'istext' not in kw else binascii.a2b_qp(e) == d)
for e in [b'=41=42', b'=4', b'=', b'==', b'=\nsoft', b'=\r\nsoft', b'= \nx', b'a_b', b'=g1', b'=4g', b'=\r', 'text=3D']:
    print(e, binascii.a2b_qp(e), binascii.a2b_qp(e, header=True))
