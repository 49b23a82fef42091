#!/usr/bin/env python3
"""Dynamic instruction counts of conformance programs, from CPython 3.11 (the oracle).

For each program in PROGRAMS below, this script compiles the source with compile(), runs
it with sys.settrace installed and frame.f_trace_opcodes = True on every frame of the
program's own file, and counts one 'opcode' event per executed instruction, by opcode
name (names from dis.opname of the unspecialised co_code, so LOAD_ATTR and not
LOAD_ATTR_INSTANCE_VALUE). RESUME (never reported by the tracer) and EXTENDED_ARG (a
prefix, not an instruction of its own) are left out; pyvm's counts are compared with the
same two removed. Only frames whose code comes from the program file count: the
programs were chosen to import nothing, so no library code runs in Python.

The tracer does not see a frame's prologue either: the instructions before the code's
first RESUME (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR and the POP_TOP after it) run
before the 'call' event. As issue 4 asks ("as sys.settrace with f_trace_opcodes sees
it"), "instructions"/"by_opcode" are the traced counts and the stack VM leaves the
prologue out too (stackvm/counters.ts). The script still measures the prologue, once per
first entry of a frame (a 'call' event at that RESUME), and records it apart as
"prologue_by_opcode", so that "instructions" + the prologue is every instruction CPython
executed (RESUME and EXTENDED_ARG aside) for whoever wants that total.

Each program runs twice with different PYTHONHASHSEED values (in child processes); the
counts must agree. Output: test/conformance/counts/<suite>__<name>.json with
{"program", "instructions", "by_opcode"}. test/conformance/counts.test.ts compares them
with `pyvm stats --vm stack --json PROGRAM`.

Usage: python3 scripts/gen-opcode-counts.py            (regenerate all)
       python3 scripts/gen-opcode-counts.py --one FILE (internal: print one program's counts)
"""
import dis
import io
import json
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'conformance'))
OUT_DIR = os.path.join(ROOT, 'counts')
EXCLUDED = {'RESUME', 'EXTENDED_ARG'}

# Loops, calls, floats, classes, generators, closures, comprehensions, exceptions, strings.
PROGRAMS = [
    'core/int_small_loop.py',
    'core/algo_sieve.py',
    'core/recursion_basic.py',
    'core/algo_float_loop.py',
    'core/algo_matrix.py',
    'core/func_varargs.py',
    'core/closures.py',
    'core/list_comprehension_basic.py',
    'core/ctl_for_else.py',
    'core/dict_methods.py',
    'core/fstring_basics.py',
    'core/algo_sorting.py',
    'core/algo_nqueens.py',
    'objects/class_basic.py',
    'objects/class_inheritance.py',
    'objects/dunder_arith.py',
    'objects/gen_basic.py',
    'objects/gen_yield_from.py',
    'objects/exc_try_except_else_finally.py',
    'objects/exc_finally_break_continue.py',
    'objects/app_linked_list.py',
    'objects/with_basic.py',
    # Python code called back from the runtime (key functions, __lt__, property getters,
    # __iter__/__next__), generators driven by send/throw, nested handlers.
    'objects/desc_property.py',
    'objects/gen_send.py',
    'objects/gen_throw.py',
    'objects/exc_nested_try.py',
    'objects/class_super.py',
    'core/list_sort.py',
    'objects/comp_dict_set.py',
    'objects/dunder_compare.py',
    'core/closures_nested.py',
    'objects/dunder_iter_next.py',
    'core/builtin_map_filter.py',
    # except* (CHECK_EG_MATCH, PREP_RERAISE_STAR) and exception groups split by Python predicates.
    'core/except_star.py',
    # await on coroutines and __await__ iterators (GET_AWAITABLE, SEND), driven by send().
    'core/coroutine_await.py',
]


def count_one(path):
    """Runs one program under the opcode tracer; returns {opname: count}."""
    with open(path, encoding='utf-8') as fh:
        source = fh.read()
    code = compile(source, path, 'exec')
    counts = {}
    prologue = {}
    raw = {}
    prologues = {}

    def prologue_of(co):
        # The instructions before the code's first RESUME, and that RESUME's offset.
        p = prologues.get(co)
        if p is None:
            b = co.co_code
            names = []
            off = 0
            for i in range(0, len(b), 2):
                name = dis.opname[b[i]]
                if name == 'RESUME':
                    off = i
                    break
                if name not in ('CACHE', 'EXTENDED_ARG'):
                    names.append(name)
            p = prologues[co] = (off, names)
        return p

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != path:
            return None
        frame.f_trace_opcodes = True
        # A 'call' event at the first RESUME is a frame's first entry (a generator's later
        # resumptions stop elsewhere): its prologue ran once, untraced.
        off, names = prologue_of(frame.f_code)
        if frame.f_lasti == off:
            for name in names:
                prologue[name] = prologue.get(name, 0) + 1
        return local

    def local(frame, event, arg):
        if event == 'opcode':
            co = frame.f_code
            b = raw.get(co)
            if b is None:
                b = raw[co] = co.co_code
            name = dis.opname[b[frame.f_lasti]]
            counts[name] = counts.get(name, 0) + 1
        return local

    globs = {'__name__': '__main__', '__file__': path, '__builtins__': __builtins__}
    real_stdout = sys.stdout
    sys.stdout = io.StringIO()
    sys.settrace(tracer)
    try:
        exec(code, globs)
    except SystemExit:
        pass
    finally:
        sys.settrace(None)
        sys.stdout = real_stdout
    traced = {k: v for k, v in sorted(counts.items()) if k not in EXCLUDED}
    return traced, dict(sorted(prologue.items()))


def run_child(path, seed):
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = str(seed)
    r = subprocess.run([sys.executable, '-B', os.path.abspath(__file__), '--one', path],
                       capture_output=True, text=True, env=env, check=True)
    return json.loads(r.stdout)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--one':
        print(json.dumps(count_one(sys.argv[2])))
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    problems = 0
    for rel in PROGRAMS:
        path = os.path.join(ROOT, rel)
        a = run_child(path, 0)
        b = run_child(path, 4321)
        if a != b:
            print('%s: counts depend on PYTHONHASHSEED' % rel)
            problems += 1
            continue
        traced, prologue = a
        out = {'program': rel, 'instructions': sum(traced.values()), 'by_opcode': traced,
               'prologue_by_opcode': prologue, 'prologue_instructions': sum(prologue.values())}
        name = rel[:-3].replace('/', '__') + '.json'
        with open(os.path.join(OUT_DIR, name), 'w', encoding='utf-8') as fh:
            fh.write(json.dumps(out, indent=1, sort_keys=True) + '\n')
        print('%-45s %8d instructions' % (rel, out['instructions']))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
