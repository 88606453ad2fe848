# Extending properties in subclasses via super()
class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @property
    def summary(self):
        return f"balance={self.balance}"

class Premium(Account):
    @property
    def summary(self):
        return "premium " + super().summary

    @property
    def balance(self):
        return super().balance + 1000       # read through super()

    @balance.setter
    def balance(self, value):
        Account.balance.fset(self, value)    # write through the base property object

a = Account(10)
p = Premium(10)
print(a.summary, "|", p.summary)
p.balance = 50
print(p.balance, p._balance)
try:
    p.balance = -1
except ValueError as e:
    print(type(e).__name__, e)

# assigning through super() is not supported
class Broken(Account):
    def reset(self):
        super().balance = 0
try:
    Broken(5).reset()
except AttributeError as e:
    print(type(e).__name__, e)

# overriding only the getter loses the setter
class ReadOnly(Account):
    @property
    def balance(self):
        return super().balance
r = ReadOnly(3)
print(r.balance)
try:
    r.balance = 4
except AttributeError as e:
    print(type(e).__name__, e)

# reusing the base property with .getter / .setter
class Audited(Account):
    @Account.balance.setter
    def balance(self, value):
        print(f"  audit: {self._balance} -> {value}")
        self._balance = value
au = Audited(1)
au.balance = 2
print(au.balance)
