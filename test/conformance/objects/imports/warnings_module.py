# warnings from an imported module: DeprecationWarning ignored outside __main__ unless
# stacklevel points into it, the module's __warningregistry__, warnings inside a sort key.
import warnings
import sys
import mod_warn_helper


class Out:
    """stderr for the warnings: file names without their directory."""

    def write(self, s):
        lines = []
        for line in s.split('\n'):
            if line.startswith('/') and '.py:' in line:
                i = line.index('.py:')
                line = line[:i].rsplit('/', 1)[-1] + line[i:]
            lines.append(line)
        sys.stdout.write('\n'.join(lines))

    def flush(self):
        pass


out = Out()
sys.stderr = out
mod_warn_helper.old()
mod_warn_helper.note()
mod_warn_helper.note()
print(sorted(mod_warn_helper.__warningregistry__.items(), key=str)[:3])
print(sorted([3, 1], key=lambda x: warnings.warn("in key %d" % x) or x))
warnings.simplefilter("error")
try:
    warnings.warn("fatal", RuntimeWarning)
except RuntimeWarning as e:
    print("error:", e)
