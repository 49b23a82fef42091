# Dynamic instruction counts of one benchmark program on CPython 3.11, the reference for
# the stack VM's counters (pyvm's stack VM runs CPython's bytecode, unspecialised).
#
# usage: python3 cpython_counts.py FILE SIZE
#
# Runs the program once under sys.settrace with frame.f_trace_opcodes on for the frames of
# the program's own file, and counts one 'opcode' event per executed instruction by the
# name of the unspecialised opcode (code.co_code is the deoptimised bytecode in 3.11, so
# LOAD_ATTR rather than LOAD_ATTR_INSTANCE_VALUE). The tracer does not see RESUME, nor the
# instructions of a frame's prologue before its first RESUME (MAKE_CELL, COPY_FREE_VARS,
# RETURN_GENERATOR), and an EXTENDED_ARG prefix gives one event, at the prefix, for itself
# and the instruction it prefixes (counted here as that instruction): the stack VM's count
# is compared with RESUME and EXTENDED_ARG left out. The last stdout line is one JSON object:
# {"instructions": N, "by_opcode": {...}}.
import dis
import io
import json
import sys

EXTENDED_ARG = dis.opmap["EXTENDED_ARG"]


def main():
    path, size = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        code = compile(f.read(), path, "exec")
    counts = {}
    opnames = {}

    def tracer(frame, event, arg):
        co = frame.f_code
        if co.co_filename != path:
            return None
        if event == "call" or frame.f_trace_opcodes is False:
            frame.f_trace_opcodes = True
        if event == "opcode":
            raw = opnames.get(co)
            if raw is None:
                raw = co.co_code
                opnames[co] = raw
            # An EXTENDED_ARG prefix runs its instruction without a trace event of its own:
            # the one event points at the prefix, so count the instruction it prefixes.
            i = frame.f_lasti
            while raw[i] == EXTENDED_ARG:
                i += 2
            name = dis.opname[raw[i]]
            counts[name] = counts.get(name, 0) + 1
        return tracer

    saved_out = sys.stdout
    sys.stdout = io.StringIO()
    sys.argv = [path, size]
    sys.settrace(tracer)
    try:
        exec(code, {"__name__": "__main__", "__file__": path})
    finally:
        sys.settrace(None)
        sys.stdout = saved_out
    counts.pop("EXTENDED_ARG", None)
    print(json.dumps({"instructions": sum(counts.values()), "by_opcode": counts}))


main()
