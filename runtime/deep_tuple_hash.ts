// Hashing a tuple nested deeper than the JS stack allows.
//
// CPython's tuplehash recurses in C with no depth check, so hash() of a tuple nested 100,000
// deep is an int there (and such a tuple is a dict key). pyvm's tuple hashes recurse through
// hashOf / pyHash and run out of JS stack first. Their callers catch that overflow and call
// hashNestedTuple, which walks the exact tuples inside with an explicit stack (every other item
// is hashed the usual way) and folds each tuple's hash into its parent's as the recursive
// version does. Nothing on a hot path calls it: only a hash that already overflowed.

import { PyObject, PyTuple } from './object';
import type { PyType } from './type';

/** The shape of one tuple hash: a seed, the fold of one item's hash, and the finish. */
export interface TupleHashScheme<A, H> {
  seed: A;
  item: (x: PyObject) => H;
  step: (acc: A, h: H) => A;
  end: (acc: A, n: number) => H;
}

/** The scheme's hash of `root`, without recursion into exact tuples (type `tupleType`). */
export function hashNestedTuple<A, H>(root: PyTuple, tupleType: PyType, k: TupleHashScheme<A, H>): H {
  const items: PyObject[][] = [root.items];
  const pos: number[] = [0];
  const accs: A[] = [k.seed];
  for (;;) {
    const top = items.length - 1;
    const its = items[top];
    const i = pos[top];
    if (i < its.length) {
      const x = its[i];
      if (x instanceof PyTuple && x.ob_type === tupleType) {
        items.push(x.items);
        pos.push(0);
        accs.push(k.seed);
      } else {
        accs[top] = k.step(accs[top], k.item(x));
        pos[top] = i + 1;
      }
      continue;
    }
    const h = k.end(accs[top], its.length);
    items.pop();
    pos.pop();
    accs.pop();
    if (top === 0) return h;
    accs[top - 1] = k.step(accs[top - 1], h);
    pos[top - 1]++;
  }
}
