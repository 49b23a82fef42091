// _posixsubprocess: the C helper CPython's subprocess module imports on POSIX (fork_exec, which
// forks and execs a child in one step). pyvm starts no processes (a Node process cannot fork,
// and subprocess's pipes are raw file descriptors): fork_exec fails with ENOSYS, so `import
// subprocess` works (test.support's script_helper, doctest-era modules import it) and only the
// programs that actually start a process get an OSError from Popen.
//
// pyvm's own source, written from subprocess's documented behaviour.

import { definePythonModule } from './python_source';

definePythonModule('_posixsubprocess', `
"""pyvm's stand-in for CPython's _posixsubprocess: starting a process is not supported."""

import errno as _errno


def fork_exec(*args):
    """Fails: pyvm cannot fork a child process."""
    raise OSError(_errno.ENOSYS, 'Function not implemented')
`);
