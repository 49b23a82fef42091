class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0])
        return False

with Ctx() as c, Ctx():
    print('body', c)
