# A nested recursive function that refers to itself through the closure.
def outer(n):
    def tri(k):
        return 0 if k == 0 else k + tri(k - 1)
    return tri(n)
print(outer(10), outer(100))
def make():
    def even(n):
        return n == 0 or odd(n - 1)
    def odd(n):
        return n != 0 and even(n - 1)
    return even, odd
e, o = make()
print(e(10), o(10), e(7), o(7))
