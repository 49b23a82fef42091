import io
import logging
import queue
import string
import sys
import threading
import weakref

# logging: levels, handlers, formatters (no times: they differ between runs)
root = logging.getLogger()
print(root, logging.getLevelName(logging.WARNING), logging.getLevelName(15))
log = logging.getLogger('app.sub')
print(log, log.parent, log.getEffectiveLevel())
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.debug('debug %d', 1)
log.info('info %s', 'two')
log.warning('warn %r', {'k': 3})
log.error('error')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('boom')
print(stream.getvalue().replace('\n', '|').split('Traceback')[0])
print('ZeroDivisionError: division by zero' in stream.getvalue())
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('{levelname:<8}{name}: {message}', style='{'))
h2.addFilter(lambda rec: 'secret' not in rec.getMessage())
log.addHandler(h2)
log.info('shown')
log.info('a secret')
log.propagate = False
child = logging.getLogger('app.sub.child')
child.warning('from the child')
adapter = logging.LoggerAdapter(log, {'extra': 1})
adapter.warning('via adapter')
print(logging.getLogger('app') is log.parent, child.parent is log)
logging.disable(logging.CRITICAL)
log.error('disabled')
logging.disable(logging.NOTSET)
log.removeHandler(h2)

# threading: one thread, its locks and primitives
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
lock = threading.Lock()
with lock:
    print('locked', lock.locked(), lock.acquire(False))
print('unlocked', lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
rl = threading.RLock()
with rl:
    with rl:
        print('rlock reentered')
ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.is_set(), ev.wait())
cond = threading.Condition()
with cond:
    print('notify', cond.notify_all())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
local = threading.local()
local.x = 5
print(local.x)
q = queue.Queue()
for i in range(3):
    q.put(i * i)
print(q.qsize(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('queue.Empty')
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in (3, 1, 2):
    lq.put(v)
    pq.put(v)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])

# weakref: references, dictionaries and sets of them (every referent stays alive here)
class Node:
    def __init__(self, name):
        self.name = name

    def method(self):
        return self.name

a, b = Node('a'), Node('b')
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a), r == weakref.ref(a), hash(r) == hash(a))
calls = []
r2 = weakref.ref(a, calls.append)
print(r2 is not r, r2.__callback__ is not None, weakref.getweakrefcount(a))
wvd = weakref.WeakValueDictionary()
wvd['a'] = a
wvd['b'] = b
print(sorted(wvd.keys()), wvd['a'].name, 'b' in wvd, len(wvd))
wkd = weakref.WeakKeyDictionary()
wkd[a] = 1
wkd[b] = 2
print(sorted(wkd.values()), wkd[b])
ws = weakref.WeakSet([a, b])
print(len(ws), a in ws, sorted(n.name for n in ws))
wm = weakref.WeakMethod(a.method)
print(wm()(), type(wm).__name__, wm == weakref.WeakMethod(a.method))
p = weakref.proxy(a)
print(p.name, p.method())
p.name = 'A'
print(a.name)
for bad in (1, 'str', [1], {}, (1,)):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError', e)
fin = weakref.finalize(a, print, 'finalized at exit')
print(fin.alive, fin.peek()[0] is a)
print(string.Formatter().format('{0}-{name!r}-{1:>5}|{x[1]}', 'p', 3.5, name='n', x=[0, 'one']))
print(list(string.Formatter().parse('a{0}b{{c}}{d!s:>3}')))
