"""The fuzzer's CPython side: runs a batch of programs in ONE python3 process.

stdin: a JSON list of program sources. stdout: a JSON list, per program:
  {"stdout": ..., "error": last line of the traceback or "", "code": base64 of
   marshal.dumps(compile(source, "fuzz.py", "exec"))}
The code objects let pyvm's VMs run exactly the bytecode CPython ran."""
import base64, contextlib, io, json, marshal, sys, traceback

def run(src):
    code = compile(src, 'fuzz.py', 'exec', dont_inherit=True)
    buf = io.StringIO()
    err = ''
    with contextlib.redirect_stdout(buf):
        try:
            exec(code, {'__name__': '__main__', '__builtins__': __builtins__})
        except BaseException as e:  # noqa: BLE001 - report everything, like the interpreter
            err = traceback.format_exception_only(type(e), e)[-1].strip()
    return {'stdout': buf.getvalue(), 'error': err, 'code': base64.b64encode(marshal.dumps(code)).decode()}

sys.setrecursionlimit(1000)
out = [run(s) for s in json.load(sys.stdin)]
json.dump(out, sys.stdout)
