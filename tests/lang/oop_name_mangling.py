# Private name mangling: __name inside a class becomes _Class__name
class Account:
    __count = 0                    # stored as _Account__count

    def __init__(self, owner):
        self.__owner = owner       # stored as _Account__owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

    def __secret(self):
        return f"secret of {self.__owner}"

    def reveal(self):
        return self.__secret()

a = Account("ann")
Account("bob")
print(a.owner(), Account.count(), a.reveal())
print(sorted(a.__dict__))
print(a._Account__owner, a._Account__secret())
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Account.__count
except AttributeError as e:
    print(type(e).__name__, e)

# subclasses get their own mangled names: no clash with the base
class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self.__owner = "shadow"    # _Savings__owner, distinct
        self.__rate = rate
    def info(self):
        return self.owner(), self.__owner, self.__rate
s = Savings("cy", 0.5)
print(s.info(), sorted(s.__dict__))

# dunder names (with trailing __) and single underscore are not mangled
class Names:
    def __init__(self):
        self.__dunder__ = 1
        self._single = 2
        self.__double = 3
print(sorted(Names().__dict__))

# mangling applies inside the class body to any identifier, e.g. getattr strings are not mangled
class Strings:
    def __init__(self):
        self.__x = 10
    def by_name(self):
        return getattr(self, "__x", "string not mangled"), getattr(self, "_Strings__x")
print(Strings().by_name())

# leading underscores in the class name are stripped when mangling
class _Hidden:
    def __init__(self):
        self.__v = 1
print(list(_Hidden().__dict__))
class __Dunderish:
    def __init__(self):
        self.__v = 2
print(list(__Dunderish().__dict__))

# mangling also applies to names in nested functions inside methods
class Outer:
    __shared = "outer-shared"
    def get(self):
        def inner():
            return self.__shared
        return inner()
print(Outer().get())
