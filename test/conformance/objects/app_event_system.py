# Callbacks stored in dicts of lists; bound methods as handlers.
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, evt, fn):
        self.handlers.setdefault(evt, []).append(fn)
        return fn
    def emit(self, evt, *args):
        return [h(*args) for h in self.handlers.get(evt, [])]
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, *args):
        self.lines.append(' '.join(map(str, args)))
        return len(self.lines)
em = Emitter()
lg = Logger()
em.on('save', lg.log)
em.on('save', lambda *a: 'lambda saw %d args' % len(a))
print(em.emit('save', 'file.txt', 3), em.emit('save', 'again'), em.emit('none'))
print(lg.lines)
