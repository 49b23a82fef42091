# An account hierarchy using super(), properties, class attributes and exceptions.
class Account:
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amt
    def month_end(self):
        self._balance += round(self._balance * self.interest, 2)
    def __repr__(self):
        return f'{type(self).__name__}({self.owner!r}, {self._balance})'
class Savings(Account):
    interest = 0.02
class Checking(Account):
    def __init__(self, owner, balance=0, fee=1):
        super().__init__(owner, balance)
        self.fee = fee
    def month_end(self):
        super().month_end()
        self._balance -= self.fee
accts = [Account('a', 10), Savings('s', 1000), Checking('c', 50, fee=5)]
for a in accts:
    a.deposit(100)
    a.month_end()
print(accts, [a.balance for a in accts])
accts[0].deposit(-1)
