# exceptions: raising and catching exceptions inside loops: custom exception classes,
# try/except/else/finally, re-raising, exception chaining and builtin errors
# (ZeroDivisionError, KeyError, IndexError, ValueError).
# bench: quick=1600 full=450000
import sys


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, "app error " + str(code))
        self.code = code


class RetryError(AppError):
    pass


def risky(i):
    r = i % 7
    if r == 0:
        raise AppError(i)
    if r == 1:
        raise RetryError(i)
    if r == 2:
        return 10 // (i % 2)
    if r == 3:
        return {"a": 1}["b" if i % 2 else "a"]
    if r == 4:
        return [1, 2, 3][i % 5]
    if r == 5:
        return int("x" + str(i)) if i % 3 == 0 else i
    return i


def classify(i):
    try:
        v = risky(i)
    except RetryError as e:
        return 1000 + e.code % 10
    except AppError as e:
        return 2000 + e.code % 10
    except ZeroDivisionError:
        return 3
    except (KeyError, IndexError):
        return 4
    except ValueError:
        return 5
    else:
        return v % 100
    finally:
        pass


def nested(i):
    count = 0
    try:
        try:
            if i % 2:
                raise KeyError(i)
            count += 1
        finally:
            count += 10
    except KeyError:
        count += 100
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise RuntimeError("outer") from e
    except RuntimeError as e:
        if isinstance(e.__cause__, ValueError):
            count += 1000
    return count


def main(n):
    total = 0
    caught = 0
    for i in range(n):
        total += classify(i)
        total += nested(i)
        try:
            if i % 3 == 0:
                raise StopIteration
        except StopIteration:
            caught += 1
    print("exceptions", n, "caught", caught)
    print("checksum", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1600)
