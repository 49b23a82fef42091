# The CPython side of `pyvm bench`: runs one benchmark program in this process, timed the
# way the harness times pyvm (the program compiled once, interpreter startup excluded).
#
# usage: python3 cpython_driver.py FILE SIZE MAX_TIME_S MIN_SAMPLES [CLOCK [WARMUP_SIZE WARMUP_RUNS WARMUP_MAX_TIME_S]]
#
# CLOCK is `wall` (time.perf_counter, the default: what `pyvm bench` uses) or `cpu`
# (time.process_time, for scripts/time-evaluate.js, which compares CPU times on a shared machine).
# The first run captures the program's output; then the warm-up `pyvm bench` gives every
# backend (harness.ts warmupFor: up to WARMUP_RUNS runs at WARMUP_SIZE, at most WARMUP_MAX_TIME_S
# seconds; CPython has no JIT to settle, but it gets the same runs); the timed runs
# then exec() the same code object in a fresh __main__ namespace with the output discarded,
# until MAX_TIME_S has passed and at least MIN_SAMPLES runs were made. The last line of
# stdout is one JSON object: {"version", "output", "samples"} (samples in seconds).
import io
import json
import platform
import sys
import time


def run_once(code, path, size):
    saved_out = sys.stdout
    saved_argv = sys.argv
    buf = io.StringIO()
    sys.stdout = buf
    sys.argv = [path, str(size)]
    try:
        exec(code, {"__name__": "__main__", "__file__": path})
    finally:
        sys.stdout = saved_out
        sys.argv = saved_argv
    return buf.getvalue()


def main():
    path, size, max_time, min_samples = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    clock = time.process_time if len(sys.argv) > 5 and sys.argv[5] == "cpu" else time.perf_counter
    with open(path, encoding="utf-8") as f:
        code = compile(f.read(), path, "exec")
    output = run_once(code, path, size)
    if len(sys.argv) > 8:
        warmup_size, warmup_runs, warmup_max = int(sys.argv[6]), int(sys.argv[7]), float(sys.argv[8])
        started = time.perf_counter()
        for _ in range(warmup_runs):
            if time.perf_counter() - started >= warmup_max:
                break
            run_once(code, path, warmup_size)
    samples = []
    started = time.perf_counter()
    while len(samples) < min_samples or time.perf_counter() - started < max_time:
        t0 = clock()
        run_once(code, path, size)
        samples.append(clock() - t0)
    print(json.dumps({
        "version": platform.python_version(),
        "implementation": platform.python_implementation(),
        "output": output,
        "samples": samples,
    }))


main()
