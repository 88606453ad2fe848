# __getattr__ recursion guards, chained proxies and partial wrappers
# recursion guard: __getattr__ accessing a missing attribute of self
class Guarded:
    def __getattr__(self, name):
        if name == "_data":
            raise AttributeError(name)
        return self._data.get(name)
g = Guarded()
try:
    g.x
except AttributeError as e:
    print(type(e).__name__, e)
g._data = {"x": 1}
print(g.x, g.y)

# chained proxies
class Upper:
    def __init__(self, s):
        self.s = s
    def __getattr__(self, name):
        return getattr(self.s.upper(), name)
u = Upper("hello world")
print(u.split(), u.startswith("HELLO"), u.s)

# wrapping an object and overriding just one method
class Account:
    def __init__(self):
        self.balance = 100
    def withdraw(self, n):
        self.balance -= n
        return self.balance
class Limited:
    def __init__(self, acct, limit):
        self._acct, self._limit = acct, limit
    def withdraw(self, n):
        if n > self._limit:
            raise ValueError(f"limit is {self._limit}")
        return self._acct.withdraw(n)
    def __getattr__(self, name):
        return getattr(self._acct, name)
lim = Limited(Account(), 30)
print(lim.withdraw(20), lim.balance)
try:
    lim.withdraw(50)
except ValueError as e:
    print(type(e).__name__, e)
