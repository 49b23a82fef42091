# traceback.format_exception_only of SyntaxError-like exceptions: the File/line header, the
# stripped text and the carets from offset/end_offset, '<string>' without a file name,
# '<no detail available>' without a message. (The details are set on instances of subclasses.)
import traceback


class SE(SyntaxError):
    pass


class IE(IndentationError):
    pass


cases = [("bad thing", "f.py", 3, 5, "    x = $ y\n", 3, 6), ("eol", "<s>", 1, 9, "a = 'abc\n", 1, -1),
         ("tab", "t.py", 2, 3, "\tx y\n", 2, 5), ("none", None, None, None, None, None, None),
         ("nofile", None, 7, 2, "ab\n", 7, 0), ("", "x.py", 1, 0, "abc", 1, 2), ("z", "x.py", 1, 2, "\f  \n", 1, 3)]
for msg, fn, ln, off, text, eln, eoff in cases:
    for cls in [SE, IE]:
        e = cls(msg)
        e.filename = fn
        e.lineno = ln
        e.offset = off
        e.text = text
        e.end_lineno = eln
        e.end_offset = eoff
        print(traceback.format_exception_only(e))
e = SE()
print(traceback.format_exception_only(e))
