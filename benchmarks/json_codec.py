# json_codec: a JSON-style encoder and a recursive-descent decoder written in Python;
# round-trips generated documents. String building, character scanning, dicts, lists,
# isinstance dispatch and recursion.
# bench: quick=1 full=500
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "/": "/"}


def encode(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, str):
        out.append('"')
        for ch in value:
            out.append(ESCAPES.get(ch, ch))
        out.append('"')
    elif isinstance(value, list):
        out.append("[")
        first = True
        for item in value:
            if not first:
                out.append(",")
            first = False
            encode(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key in value:
            if not first:
                out.append(",")
            first = False
            encode(key, out)
            out.append(":")
            encode(value[key], out)
        out.append("}")
    else:
        raise TypeError("cannot encode " + type(value).__name__)


def dumps(value):
    out = []
    encode(value, out)
    return "".join(out)


class DecodeError(Exception):
    pass


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_space(self):
        text = self.text
        n = len(text)
        while self.pos < n and text[self.pos] in " \n\t\r":
            self.pos += 1

    def value(self):
        self.skip_space()
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, result in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        raise DecodeError("unexpected character at " + str(self.pos))

    def object(self):
        self.pos += 1
        result = {}
        self.skip_space()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_space()
            key = self.string()
            self.skip_space()
            if self.text[self.pos] != ":":
                raise DecodeError("expected ':' at " + str(self.pos))
            self.pos += 1
            result[key] = self.value()
            self.skip_space()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise DecodeError("expected ',' or '}' at " + str(self.pos))

    def array(self):
        self.pos += 1
        result = []
        self.skip_space()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_space()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise DecodeError("expected ',' or ']' at " + str(self.pos))

    def string(self):
        text = self.text
        self.pos += 1
        parts = []
        start = self.pos
        while True:
            ch = text[self.pos]
            if ch == '"':
                parts.append(text[start:self.pos])
                self.pos += 1
                return "".join(parts)
            if ch == "\\":
                parts.append(text[start:self.pos])
                parts.append(UNESCAPES[text[self.pos + 1]])
                self.pos += 2
                start = self.pos
            else:
                self.pos += 1

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        return int(self.text[start:self.pos])


def loads(text):
    d = Decoder(text)
    v = d.value()
    d.skip_space()
    if d.pos != len(text):
        raise DecodeError("extra data at " + str(d.pos))
    return v


def make_document(seed, depth):
    state = seed
    records = []
    for i in range(8):
        state = (state * 48271) % 2147483647
        record = {
            "id": i + seed,
            "name": "item\t" + str(state % 1000) + ' "quoted"',
            "tags": ["t" + str((state >> k) % 7) for k in range(3)],
            "active": state % 3 == 0,
            "score": state % 100000 - 50000,
            "parent": None,
        }
        if depth > 0:
            record["children"] = make_document(state % 1000, depth - 1)
        records.append(record)
    return {"records": records, "count": len(records), "note": "line\nbreak \\ slash"}


def main(n):
    total = 0
    for i in range(n):
        doc = make_document(i + 1, 1)
        text = dumps(doc)
        back = loads(text)
        if back != doc:
            raise RuntimeError("round trip failed")
        total = (total + len(text) * (i + 1)) % 1000000007
    print("json", n, "last length", len(text))
    print("checksum", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
