# with statements inside loops with break/continue/return and exceptions.
class CM:
    def __init__(self, tag, log):
        self.tag, self.log = tag, log
    def __enter__(self):
        self.log.append('+' + self.tag)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append('-' + self.tag)
        return et is KeyError
def go():
    log = []
    for i in range(5):
        with CM(str(i), log):
            if i == 1:
                continue
            if i == 2:
                raise KeyError('swallowed')
            if i == 3:
                break
            log.append('body' + str(i))
    with CM('r', log):
        return log
print(go())
