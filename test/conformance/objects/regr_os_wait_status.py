# os's wait-status decoders and waitpid without children, select's constants: CPython's
# subprocess module reads them at its import (test.support.script_helper imports subprocess).
import os
import select

print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED, select.error is OSError, select.PIPE_BUF)
for st in (0, 256, 0x7f00, 9, 0x8b, 0x137f, 0x17f, 0xffff, 0x4000, 0x7f):
    row = [os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st),
           os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WIFCONTINUED(st), os.WCOREDUMP(st)]
    try:
        row.append(os.waitstatus_to_exitcode(st))
    except ValueError as e:
        row.append('ValueError: %s' % e)
    print(hex(st), row)
try:
    os.waitstatus_to_exitcode(1.5)
except TypeError as e:
    print('TypeError:', e)
for pid, opts in ((-1, 0), (-1, os.WNOHANG), (0, 0)):
    try:
        os.waitpid(pid, opts)
    except ChildProcessError as e:
        print(type(e).__name__, e.errno, e)
