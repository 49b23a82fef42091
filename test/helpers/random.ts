// Deterministic pseudo-random 32-bit words for tests that compare a fast path with a slow
// reference on many generated inputs (test/runtime/int_division, float_hash).

/** xorshift32 (shifts 13, 17, 5): unsigned 32-bit words from a non-zero seed. */
export function xorshift32(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}
