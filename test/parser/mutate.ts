// Source mutations for the parser's robustness test and differential tool: characters and
// tokens deleted, duplicated, swapped; troublesome characters inserted; lines duplicated or
// dropped. Deterministic given the PRNG.

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENISH = /[A-Za-z_][A-Za-z0-9_]*|\d+|'''|"""|\*\*=?|\/\/=?|[<>=!]=|->|:=|\S/g;

export function mutate(src: string, rnd: () => number): string {
  const pick = (n: number): number => Math.floor(rnd() * n);
  if (src.length === 0) return ['(', '"', "'''", ':', '\\', ' x', '\t'][pick(7)];
  const i = pick(src.length);
  switch (pick(8)) {
    case 0: // delete a character
      return src.slice(0, i) + src.slice(i + 1);
    case 1: // duplicate a character
      return src.slice(0, i) + src[i] + src.slice(i);
    case 2: // swap two adjacent characters
      return i + 1 < src.length ? src.slice(0, i) + src[i + 1] + src[i] + src.slice(i + 2) : src.slice(0, -1);
    case 3: { // delete a token
      const toks = [...src.matchAll(TOKENISH)];
      if (toks.length === 0) return src;
      const t = toks[pick(toks.length)];
      return src.slice(0, t.index) + src.slice((t.index ?? 0) + t[0].length);
    }
    case 4: { // duplicate a token
      const toks = [...src.matchAll(TOKENISH)];
      if (toks.length === 0) return src;
      const t = toks[pick(toks.length)];
      return src.slice(0, t.index) + t[0] + ' ' + src.slice(t.index);
    }
    case 5: { // swap two tokens
      const toks = [...src.matchAll(TOKENISH)];
      if (toks.length < 2) return src;
      let a = toks[pick(toks.length)];
      let b = toks[pick(toks.length)];
      if ((a.index ?? 0) > (b.index ?? 0)) [a, b] = [b, a];
      const ai = a.index ?? 0;
      const bi = b.index ?? 0;
      if (ai + a[0].length > bi) return src;
      return src.slice(0, ai) + b[0] + src.slice(ai + a[0].length, bi) + a[0] + src.slice(bi + b[0].length);
    }
    case 6: { // insert a troublesome character
      const ins = ['(', ')', '[', ']', '{', '}', '"', "'", '\\', '\n', '\t', ':', '=', '*', '@', '#', 'f"{', '$', 'é', '\0'][pick(20)];
      return src.slice(0, i) + ins + src.slice(i);
    }
    default: { // duplicate or drop a line
      const lines = src.split('\n');
      const k = pick(lines.length);
      if (rnd() < 0.5) lines.splice(k, 0, lines[k]);
      else lines.splice(k, 1);
      return lines.join('\n');
    }
  }
}
