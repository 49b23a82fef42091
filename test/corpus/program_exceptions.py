class MyError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

def risky(x):
    try:
        if x < 0:
            raise MyError('negative', code=x)
        return 1 / x
    except ZeroDivisionError as e:
        print('zero', e)
        raise
    finally:
        print('done')
