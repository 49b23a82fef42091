"""Regenerate test/compiler/identity-golden/ from CPython 3.11.

    python3 scripts/gen-compile-golden.py        (run from anywhere; paths are repo-relative)

For every corpus file (test/corpus/**/*.py, test/conformance/**/*.py, benchmarks/*.py,
test/dis/programs/*.py) writes, under test/compiler/identity-golden/<path>:
  <path>.marshal   marshal.dumps(compile(source, <path>, 'exec'))   - CPython's code objects
  <path>.dis       what `python3 -m dis <path>` prints, code addresses replaced by
                   0x0000000000000000 (pyvm's frontend/dis.ts FAKE_ADDRESS)
Files CPython cannot compile are skipped (listed on stdout and in SKIPPED.txt); SOURCES.sha1
records the sha1 of every source, so that the test can tell a stale golden. Goldens whose source is gone
are deleted. Used by test/compiler/identity.test.ts and test/dis/dis.test.ts.
"""
import dis, glob, hashlib, io, marshal, os, re, sys, warnings

warnings.simplefilter("ignore")  # SyntaxWarnings of corpus files are not our concern

assert sys.version_info[:2] == (3, 11), sys.version
if os.environ.get("PYTHONHASHSEED") != "0":
    # str hashes decide the order of frozenset constants in the .dis text: fix the seed so
    # that regenerating does not reorder them.
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "compiler", "identity-golden")
PATTERNS = ["test/corpus/**/*.py", "test/conformance/**/*.py", "benchmarks/*.py", "test/dis/programs/*.py"]
ADDR = re.compile(r"<code object (\S+) at 0x[0-9a-f]+,")


def corpus():
    files = set()
    for p in PATTERNS:
        files.update(os.path.relpath(f, ROOT) for f in glob.glob(os.path.join(ROOT, p), recursive=True))
    return sorted(files)


def main():
    os.chdir(ROOT)
    wanted = set()
    skipped = []
    hashes = []
    for rel in corpus():
        with open(rel, "rb") as f:
            source = f.read()
        hashes.append(f"{hashlib.sha1(source).hexdigest()}  {rel}")
        try:
            code = compile(source, rel, "exec")
        except (SyntaxError, ValueError, RecursionError) as e:
            skipped.append((rel, f"{type(e).__name__}: {e}"))
            continue
        buf = io.StringIO()
        dis.dis(code, file=buf)
        base = os.path.join(OUT, rel)
        os.makedirs(os.path.dirname(base), exist_ok=True)
        with open(base + ".marshal", "wb") as f:
            f.write(marshal.dumps(code))
        with open(base + ".dis", "w", encoding="utf-8") as f:
            f.write(ADDR.sub(r"<code object \1 at 0x0000000000000000,", buf.getvalue()))
        wanted.add(base + ".marshal")
        wanted.add(base + ".dis")
    skipfile = os.path.join(OUT, "SKIPPED.txt")
    with open(skipfile, "w") as f:
        f.write("# Corpus files CPython 3.11 itself cannot compile (no golden; written by scripts/gen-compile-golden.py)\n")
        for rel, why in skipped:
            f.write(f"{rel}\n")
    wanted.add(skipfile)
    # sha1 of each source the goldens were made from: the identity test skips (and reports)
    # goldens whose source has changed since, instead of blaming the compiler.
    hashfile = os.path.join(OUT, "SOURCES.sha1")
    with open(hashfile, "w") as f:
        f.write("\n".join(hashes) + "\n")
    wanted.add(hashfile)
    removed = 0
    for f in glob.glob(os.path.join(OUT, "**", "*"), recursive=True):
        if os.path.isfile(f) and f not in wanted:
            os.remove(f)
            removed += 1
    print(f"{(len(wanted) - 2) // 2} goldens written to {os.path.relpath(OUT, ROOT)}, {removed} stale files removed")
    for rel, why in skipped:
        print(f"skipped (CPython cannot compile it): {rel}: {why}")


main()
