class Outer:
    class Inner:
        class Deepest:
            v = 1
    def method(self):
        class Local:
            pass
        return Local
