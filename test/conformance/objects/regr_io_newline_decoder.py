# io.IncrementalNewlineDecoder (doctest imports it: CPython's test_generators did not import).
import io


class Utf8Decoder:
    # A small incremental UTF-8 decoder (pyvm has no codecs module without CPython's Lib):
    # keeps an incomplete sequence's bytes for the next call; getstate() is (pending, 0).
    def __init__(self):
        self.pending = b""

    def decode(self, data, final=False):
        data = self.pending + data
        cut = len(data)
        if not final:
            for back in range(1, min(3, len(data)) + 1):
                b = data[-back]
                if b & 0xC0 == 0xC0:          # a lead byte: is its sequence complete?
                    need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
                    if back < need:
                        cut = len(data) - back
                    break
                if b & 0xC0 != 0x80:
                    break
        self.pending = data[cut:]
        return data[:cut].decode("utf-8")

    def getstate(self):
        return self.pending, 0

    def setstate(self, state):
        self.pending = state[0]

    def reset(self):
        self.pending = b""


d = io.IncrementalNewlineDecoder(None, True)
print(type(d).__module__, type(d).__name__)
for chunk, final in (("a\r", False), ("\nb\rc", False), ("\r", False), ("", True)):
    print(repr(d.decode(chunk, final=final)), d.getstate(), repr(d.newlines))
d.reset()
print(repr(d.newlines), d.getstate())
try:
    d.decode(b"x")
except TypeError as e:
    print('TypeError:', e)

u = io.IncrementalNewlineDecoder(Utf8Decoder(), False)
print(repr(u.decode(b"x\r\n\xc3")), u.getstate())
print(repr(u.decode(b"\xa9\r")), u.getstate())
state = u.getstate()
print(repr(u.decode(b"\n", True)), repr(u.newlines))
u.setstate(state)
print(repr(u.decode(b"z", True)), repr(u.newlines))
t = io.IncrementalNewlineDecoder(Utf8Decoder(), translate=True)
print(repr(t.decode(b"1\r\n2\n3\r4\r")), repr(t.decode(b"", final=True)), repr(t.newlines))
print([io.IncrementalNewlineDecoder(None, False).decode(s) for s in ("\n", "\r\n")])
