# `except` clauses: which classes match (the exception's own class, a base, a tuple, nested
# subclasses), and the TypeError for a clause naming something that is not an exception
# class, raised whether or not an earlier or later item would match (runtime/vmhelpers.ts
# exceptionMatches).


class AppError(Exception):
    pass


class SubError(AppError):
    pass


class NotAnError:
    pass


def catch(exc, clause):
    try:
        try:
            raise exc
        except clause:
            return "caught " + type(exc).__name__
    except TypeError as e:
        ctx = e.__context__
        return "TypeError: %s (context %s)" % (e, type(ctx).__name__ if ctx is not None else None)
    except BaseException as e:
        return "escaped " + type(e).__name__


cases = [
    (AppError(), AppError),
    (SubError(), AppError),
    (AppError(), SubError),
    (SubError(), (KeyError, SubError)),
    (SubError(), (KeyError, Exception)),
    (KeyError("k"), (IndexError, LookupError)),
    (KeyError("k"), ()),
    (AppError(), (AppError, NotAnError)),
    (AppError(), (NotAnError, AppError)),
    (AppError(), (AppError, 5)),
    (AppError(), NotAnError),
    (AppError(), 5),
    (AppError(), "AppError"),
    (AppError(), ((AppError, KeyError),)),
    (ValueError(), object),
    (ValueError(), type),
    (SystemExit(3), BaseException),
    (SystemExit(3), Exception),
    (StopIteration(), (Exception,)),
]
for exc, clause in cases:
    print(catch(exc, clause))


def exact_in_loop(n):
    hits = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise AppError(i)
            if i % 3 == 1:
                raise SubError(i)
            raise ZeroDivisionError(i)
        except SubError:
            hits += 100
        except AppError:
            hits += 10
        except ArithmeticError:
            hits += 1
    return hits


print(exact_in_loop(30))


# A frame left by an exception is reused by the next call of its function (the stack VM's
# frame pool): its locals and stack must start empty again.
def leaves(flag):
    if flag:
        x = [1, 2, 3]
        y = len(x) + sum([4, 5, (1 // 0) if flag == 2 else 6])
        raise ValueError(y)
    return x


for flag in (1, 0, 2, 0, 1, 1, 0):
    try:
        print(leaves(flag))
    except (ValueError, ZeroDivisionError, UnboundLocalError) as e:
        print(type(e).__name__, e)


def deep(n):
    if n == 0:
        raise KeyError("bottom")
    v = deep(n - 1)
    return v


for _ in range(3):
    try:
        deep(40)
    except KeyError as e:
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            tb = tb.tb_next
        print("KeyError", e, depth)
