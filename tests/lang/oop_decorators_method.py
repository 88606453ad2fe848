# Decorators applied to methods
def logged(method):
    def wrapper(self, *args):
        result = method(self, *args)
        self.log.append(f"{method.__name__}{args} -> {result}")
        return result
    return wrapper

def validate_positive(method):
    def wrapper(self, amount):
        if amount <= 0:
            raise ValueError(f"{method.__name__}: amount must be positive, got {amount}")
        return method(self, amount)
    return wrapper

class Account:
    def __init__(self):
        self.balance = 0
        self.log = []

    @logged
    @validate_positive
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @logged
    def report(self):
        return f"balance={self.balance}"

a = Account()
a.deposit(10)
a.deposit(5)
a.report()
try:
    a.deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(a.log, a.balance)

# decorated methods still bind self
print(type(Account.deposit).__name__, type(a.deposit).__name__, a.deposit.__self__ is a)
