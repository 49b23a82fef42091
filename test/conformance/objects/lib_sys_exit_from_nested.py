# sys.exit inside nested functions and a with block: finally and __exit__ run.
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('exit sees', et.__name__ if et else None)
        return False
def deep():
    with CM():
        try:
            sys.exit('stopping: code 1 and this message on stderr')
        finally:
            print('finally in deep')
deep()
print('unreachable')
