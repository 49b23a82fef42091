import signal

print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGUSR1), signal.Signals(2).name, signal.SIG_DFL, repr(signal.SIG_IGN))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM))
got = []
def handler(signum, frame):
    got.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler, signal.getsignal(signal.SIGUSR1))
print(signal.strsignal(signal.SIGSEGV), signal.strsignal(signal.SIGRTMIN + 1), len(signal.valid_signals()), signal.NSIG)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
for bad in ((0, signal.SIG_DFL), (signal.SIGUSR2, 'x'), (signal.SIGKILL, handler)):
    try:
        signal.signal(*bad)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(sorted(s.name for s in signal.Signals)[:5], signal.Handlers.SIG_IGN)
