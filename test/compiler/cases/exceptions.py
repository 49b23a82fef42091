def f(a):
    try:
        a()
    except (ValueError, TypeError) as e:
        print(e)
        raise RuntimeError("x") from e
    except KeyError:
        return 2
    except:
        pass
    else:
        return 1
    finally:
        print("done")
def g():
    for i in range(3):
        try:
            if i:
                continue
            return i
        finally:
            print(i)
    with open("a") as fa, open("b") as fb:
        return fa.read() + fb.read()
def h():
    try:
        pass
    except* ValueError as eg:
        print(eg)
    assert h, "message"
    assert h
def k(self):
    try:
        raise Exception('nyaa!')
    except* BaseException:
        hit_except = True
    else:
        hit_else = True
    finally:
        hit_finally = True
    return hit_except
