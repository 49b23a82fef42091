class A:
    def f(self):
        class B:
            def g(self):
                def h():
                    return 1
                return h
        return B
