# @staticmethod behaviour
class MathUtil:
    factor = 3

    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def scale(x):
        return x * MathUtil.factor

    def use_static(self, x):
        return self.add(x, 1) + MathUtil.add(x, 2)

print(MathUtil.add(1, 2), MathUtil().add(3, 4))
print(MathUtil.scale(5), MathUtil().use_static(10))

# a staticmethod receives no implicit first argument
class Counter:
    @staticmethod
    def count_args(*args):
        return len(args)
print(Counter.count_args(), Counter().count_args(), Counter().count_args(1, 2))

# staticmethods are inherited and can be overridden
class Base:
    @staticmethod
    def name():
        return "base"
    def who(self):
        return self.name()
class Derived(Base):
    @staticmethod
    def name():
        return "derived"
print(Base().who(), Derived().who(), Derived.name())

# staticmethod object in the class dict, function via attribute access
sm = Base.__dict__["name"]
print(type(sm).__name__, type(Base.name).__name__, Base.name is sm.__func__)
print(sm())          # staticmethod objects are callable in 3.10+

# wrapping an existing function
def helper(x):
    return x * 2
class Holder:
    h = staticmethod(helper)
    plain = helper
print(Holder.h(4), Holder().h(5))
print(Holder.plain(6))
try:
    Holder().plain(7)
except TypeError as e:
    print(type(e).__name__, e)

# staticmethod wrong number of arguments
try:
    MathUtil.add(1)
except TypeError as e:
    print(type(e).__name__, e)

# staticmethod used as a factory of helper values inside the class body
class Table:
    @staticmethod
    def _row(i):
        return [i * j for j in range(1, 4)]
    rows = [_row(1), _row(2)]   # staticmethod objects are callable in the class body
print(Table.rows)
print(Table._row(3))
