# A small exception hierarchy with catching by base class and re-raising as another type.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, need, have):
        super().__init__(need, have)
        self.need, self.have = need, have
    def __str__(self):
        return f'need {self.need}, have {self.have}'
class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, n):
        if n > self.bal:
            raise InsufficientFunds(n, self.bal)
        self.bal -= n
        return self.bal
acct = Account(100)
for amt in (30, 50, 40):
    try:
        print('left', acct.withdraw(amt))
    except BankError as e:
        print('error:', e, e.args, repr(e))
acct.withdraw(1000)
