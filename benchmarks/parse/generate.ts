// Generates a realistic Python 3.11 module of at least N lines for the parse benchmark:
// classes with methods, functions with every parameter kind, loops, comprehensions,
// f-strings, try/except, with, decorators, literals of every kind. Deterministic (a fixed
// seed), so both parsers always see the same text.

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BLOCKS: ((i: number, r: () => number) => string)[] = [
  (i) => `class Shape${i}(Base, metaclass=Meta):
    """A shape, number ${i}."""
    sides: int = ${i % 7}
    scale = 1.5e-3 * ${i}

    def __init__(self, x, y=0, *args, name='s${i}', **kwargs):
        self.x, self.y = x, y
        self.name = name
        self.extra = {k: v for k, v in kwargs.items() if not k.startswith('_')}

    @property
    def area(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5 * self.scale

    def __repr__(self):
        return f'{type(self).__name__}({self.x!r}, {self.y:>{8}.3f}, name={self.name})'
`,
  (i) => `def compute_${i}(data, /, factor=2, *, limit=None):
    total = 0
    for index, value in enumerate(data):
        if value is None or index % 3 == 0:
            continue
        elif isinstance(value, (int, float)) and value > 0:
            total += value * factor
        else:
            total -= abs(value) // 2
        if limit is not None and total >= limit:
            break
    else:
        total = -total
    return total, [x for x in data if x], {'n': len(data), 'hex': 0x${(i * 2654435761 >>> 0).toString(16)}}
`,
  (i) => `@decorator(${i}, flag=True)
def process_${i}(items):
    results = []
    try:
        with open(items[0]) as fh, lock:
            for line in fh:
                key, _, val = line.partition('=')
                results.append((key.strip(), val.strip() or None))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"failed on {items!r}: {exc}") from exc
    finally:
        cleanup(items, verbose=False)
    return sorted(results, key=lambda kv: (kv[0].lower(), kv[1] is None))
`,
  (i) => `TABLE_${i} = {
    'alpha': [1, 2, 3, 1_000_000, 0b1010, 0o777, 3.14159, 2j],
    "beta": (None, True, False, ..., b'bytes\\x00', r'raw\\d+', '''triple'''),
    'gamma': {n * n for n in range(${i % 50 + 3}) if n & 1},
}
matrix_${i} = [[row * col for col in range(8)] for row in range(8)]
total_${i} = sum(v for v in matrix_${i}[${i % 8}]) - -${i} + ~${i} * 2 ** 3
`,
  (i) => `async_like_${i} = None
while async_like_${i} is None:
    async_like_${i} = (yield_value := ${i}) if ${i} > 10 else [*range(3), *'ab']
    assert yield_value >= 0, "negative"
    del yield_value
global_counter_${i} = 0


def gen_${i}(n):
    global global_counter_${i}
    x = yield
    while n > 0:
        n -= 1
        global_counter_${i} += 1
        x = yield x
    yield from range(n)
`,
];

/** Returns Python source with at least `minLines` lines. */
export function generateSource(minLines: number, seed = 1): string {
  const r = prng(seed);
  const parts: string[] = ['import os\nimport sys as system\nfrom collections import (OrderedDict, defaultdict,)\n\n'];
  let lines = 4;
  let i = 0;
  while (lines < minLines) {
    const b = BLOCKS[Math.floor(r() * BLOCKS.length)](i++, r);
    parts.push(b, '\n\n');
    lines += b.split('\n').length + 1;
  }
  return parts.join('');
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? '5000');
  process.stdout.write(generateSource(n));
}
