class Account:
    interest = 0.02

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f'bad amount {amount!r}')
        self.balance += amount
        return self

    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance:.2f})'

accts = [Account(n, b) for n, b in [('a', 1.0), ('b', 2.5)]]
total = sum(a.balance for a in accts)
print(accts, total)
