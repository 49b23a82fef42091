#!/usr/bin/env python3
"""Writes the data of pyvm's unicodedata module (runtime/modules/unicodedata.z) and its
unit-test goldens (test/runtime/goldens/unicodedata.json) from python3's own unicodedata
(CPython 3.11: Unicode 14.0.0, and its ucd_3_2_0 view). Run with CPython 3.11:
    python3 scripts/gen_unicodedata.py

unicodedata.z is a zlib-deflated JSON object:
  props: {prop: [values, runs]} for category, bidirectional, combining, east_asian_width,
         mirrored, decimal, digit, numeric (repr of the float), decomposition; values is the
         list of distinct values ('' = none), runs a flat list [length, value index, ...]
         covering code points 0..0x10FFFF in order;
  old:   {prop: [values, [first, last, value index, ...]]}: the ranges where ucd_3_2_0's
         answer differs from 14.0's (same props, plus 'assigned': '1' for a code point
         unassigned in 3.2.0 whose name/lookup/normalization 3.2.0 therefore refuses);
  excl:  code points with a canonical decomposition that NFC does not recompose (the full
         composition exclusions), for 14.0 and for 3.2.0;
  qc:    {form: [first, last, ...]}: the ranges of code points whose quick check for that
         form is not YES (normalize() returns a new str for them, not its argument);
  nfd_fix, nfd_fix_old: [[cp, [NFD code points]], ...] where NFD is not the recursive
         canonical decomposition (3.2.0's normalization corrections);
  aliases: [[name, cp], ...] (NameAliases, accepted by lookup() and \\N{...});
  seqs:  [[name, str], ...] (named sequences, accepted by lookup() only).
Names themselves come from frontend/unicode_names.z (scripts/gen_unicode_names.py).

The alias and named-sequence candidates are read from perl's copy of the Unicode 14.0
database (unicore/Name.pl, which lists names, aliases and sequences together) and each is
kept only if python3's unicodedata.lookup accepts it and it is not a code point's name.

The goldens: for each function and each block of 4096 code points, the first 16 hex digits
of the SHA-256 of the answers for chr(cp) joined by '\\n' (see the test for the format), plus
normalization of random strings (each with the first 8 hex digits of the SHA-256 of its
NFC|NFD|NFKC|NFKD in 14.0 then in 3.2.0, code points in hex) built from characters that decompose, compose or reorder.
"""
import glob
import hashlib
import json
import os
import random
import sys
import unicodedata as U
import zlib

assert U.unidata_version == '14.0.0', U.unidata_version
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
N = 0x110000
OLD = U.ucd_3_2_0


def values(db, prop):
    f = getattr(db, prop)
    out = []
    for cp in range(N):
        c = chr(cp)
        if prop in ('decimal', 'digit'):
            v = f(c, None)
            out.append('' if v is None else str(v))
        elif prop == 'numeric':
            v = f(c, None)
            out.append('' if v is None else repr(v))
        else:
            out.append(str(f(c)))
    return out


PROPS = ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decimal', 'digit', 'numeric', 'decomposition']


def runs(vals):
    table = []
    index = {}
    flat = []
    prev = None
    n = 0
    for v in vals:
        if v != prev:
            if prev is not None:
                flat += [n, index[prev]]
            if v not in index:
                index[v] = len(table)
                table.append(v)
            prev = v
            n = 0
        n += 1
    flat += [n, index[prev]]
    return [table, flat]


def diff_ranges(new, old):
    table = []
    index = {}
    flat = []
    cp = 0
    while cp < N:
        if new[cp] == old[cp]:
            cp += 1
            continue
        v = old[cp]
        first = cp
        while cp + 1 < N and new[cp + 1] != old[cp + 1] and old[cp + 1] == v:
            cp += 1
        if v not in index:
            index[v] = len(table)
            table.append(v)
        flat += [first, cp, index[v]]
        cp += 1
    return [table, flat]


def exclusions(db):
    out = []
    for cp in range(N):
        d = db.decomposition(chr(cp))
        if d and not d.startswith('<'):
            if db.normalize('NFC', chr(cp)) != chr(cp):
                out.append(cp)
    return out


def nfd_fixes(db):
    # Code points whose NFD is not the recursive canonical decomposition: ucd_3_2_0 applies
    # CPython's normalization corrections (U+F951, U+2F868, ...) to its decompositions.
    def full(cp):
        d = db.decomposition(chr(cp))
        if d and not d.startswith('<'):
            return [x for h in d.split() for x in full(int(h, 16))]
        return [cp]
    out = []
    for cp in range(N):
        d = db.decomposition(chr(cp))
        if d and not d.startswith('<'):
            got = db.normalize('NFD', chr(cp))
            if [ord(c) for c in got] != full(cp) and sorted(ord(c) for c in got) != sorted(full(cp)):
                out.append([cp, [ord(c) for c in got]])
    return out


def quick_check_not_yes():
    # The code points whose normalization quick check (NFC_QC ...) is not YES, per form:
    # CPython's normalize() returns its argument itself (a str subclass instance stays one)
    # only when every character's check is YES and the combining classes do not decrease.
    class S(str):
        pass
    out = {}
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        flat = []
        for cp in range(N):
            s = S(chr(cp))
            if U.normalize(form, s) is not s:
                if flat and flat[-1] == cp - 1:
                    flat[-1] = cp
                else:
                    flat += [cp, cp]
        out[form] = flat
    return out


def assigned_old():
    # ucd_3_2_0 answers 'Cn' for the code points 3.2.0 did not have.
    return ['1' if OLD.category(chr(cp)) == 'Cn' and U.category(chr(cp)) != 'Cn' else '' for cp in range(N)]


def aliases_and_sequences():
    files = glob.glob('/usr/share/perl/*/unicore/Name.pl')
    names = set()
    for f in files:
        text = open(f, encoding='ascii', errors='replace').read()
        if 'Version 14.0.0' not in text[:500]:
            continue
        lines = text.split('\n')
        for i in range(len(lines) - 1):
            if lines[i] and all(c in '0123456789ABCDEF ' for c in lines[i]) and lines[i + 1]:
                names.add(lines[i + 1])
    aliases, seqs = [], []
    for n in sorted(names):
        try:
            s = U.lookup(n)
        except KeyError:
            continue
        if len(s) > 1:
            seqs.append([n, s])
        elif U.name(s, None) != n:
            aliases.append([n, ord(s)])
    return aliases, seqs


def main():
    props = {}
    old = {}
    new_vals = {}
    for p in PROPS:
        v = values(U, p)
        new_vals[p] = v
        props[p] = runs(v)
        old[p] = diff_ranges(v, values(OLD, p))
    old['assigned'] = diff_ranges([''] * N, assigned_old())
    aliases, seqs = aliases_and_sequences()
    data = {'props': props, 'old': old, 'excl': exclusions(U), 'excl_old': exclusions(OLD), 'aliases': aliases, 'seqs': seqs,
            'qc': quick_check_not_yes(), 'nfd_fix': nfd_fixes(U), 'nfd_fix_old': nfd_fixes(OLD)}
    blob = zlib.compress(json.dumps(data, separators=(',', ':')).encode('utf-8'), 9)
    with open(os.path.join(ROOT, 'runtime', 'modules', 'unicodedata.z'), 'wb') as f:
        f.write(blob)
    print('unicodedata.z', len(blob), 'bytes;', len(aliases), 'aliases,', len(seqs), 'named sequences', file=sys.stderr)
    write_goldens(aliases, seqs)


def answer(f, c, default_marker='-'):
    try:
        v = f(c)
    except (ValueError, KeyError):
        return default_marker
    if isinstance(v, float):
        return repr(v)
    return str(v)


def hexs(s):
    return ' '.join('%x' % ord(c) for c in s)


def write_goldens(aliases, seqs):
    funcs = PROPS + ['name', 'lookup_of_name', 'NFC', 'NFD', 'NFKC', 'NFKD']
    golden = {'blocks': {}, 'old_blocks': {}}
    for which, db in (('blocks', U), ('old_blocks', OLD)):
        for fn in funcs:
            if fn in ('NFC', 'NFD', 'NFKC', 'NFKD'):
                f = (lambda form, db: lambda c: hexs(db.normalize(form, c)))(fn, db)
            elif fn == 'lookup_of_name':
                # lookup(name(c)) with 14.0's name: ucd_3_2_0 refuses the names of characters
                # 3.2.0 did not have, except the algorithmic CJK UNIFIED IDEOGRAPH-XXXX.
                f = (lambda db: lambda c: hexs(db.lookup(U.name(c))))(db)
            else:
                f = getattr(db, fn)
            digests = []
            for b in range(0, N, 4096):
                text = '\n'.join(answer(f, chr(cp)) for cp in range(b, b + 4096))
                digests.append(hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:16])
            golden[which][fn] = digests
    # Normalization of random strings: characters that decompose, combining marks, jamo.
    rnd = random.Random(1511)
    pool = [cp for cp in range(N) if U.decomposition(chr(cp)) or U.combining(chr(cp))]
    pool += list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11A8, 0x11C3))
    pool += [0xAC00, 0xAC01, 0xD7A3] + list(range(0x41, 0x5B)) + [0x3B1, 0x3C9, 0x1100, 0x0627, 0x0915]
    strings = []
    for _ in range(2000):
        strings.append(''.join(chr(rnd.choice(pool)) for _ in range(rnd.randint(1, 8))))
    cases = []
    for s in strings:
        row = [hexs(s)]
        for db in (U, OLD):
            for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
                row.append(hexs(db.normalize(form, s)))
        cases.append(row)
    golden['strings'] = [[r[0], hashlib.sha256('|'.join(r[1:]).encode()).hexdigest()[:8]] for r in cases]
    golden['aliases'] = len(aliases)
    golden['seqs'] = len(seqs)
    with open(os.path.join(ROOT, 'test', 'runtime', 'goldens', 'unicodedata.json'), 'w') as f:
        json.dump(golden, f, separators=(',', ':'))
        f.write('\n')


main()
