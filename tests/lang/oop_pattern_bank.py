# Bank accounts: inheritance, properties, class-level counters, custom exceptions
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.shortfall = amount - account.balance

class Account:
    _next_id = 1000
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def available(self):
        return self._balance

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
        return self

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}, {self._balance})"

class Savings(Account):
    interest = 0.05

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self._balance + self.overdraft

accts = [Account("ann", 50), Savings("bob", 200), Checking("cy", 10)]
for a in accts:
    a.deposit(100).add_interest()
print(accts)
for a, amt in zip(accts, [200, 100, 200]):
    try:
        a.withdraw(amt)
        print("ok", a)
    except InsufficientFunds as e:
        print(type(e).__name__, e, "| short by", e.shortfall)
print([a.history for a in accts])
try:
    accts[0].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    accts[0].balance = 10**6
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(accts, key=lambda a: a.balance), Account._next_id)
print(sum(a.balance for a in accts), max(accts, key=Account.available))
