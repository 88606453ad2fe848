# property(fget, fset, fdel, doc), setter-only and deleter-only properties
# property built with property(fget, fset, fdel, doc)
class Celsius:
    def __init__(self):
        self._c = 0
    def get(self):
        return self._c
    def set(self, v):
        self._c = round(v, 2)
    def delete(self):
        self._c = 0
    temp = property(get, set, delete, "temperature")

c = Celsius()
c.temp = 21.456
print(c.temp)
del c.temp
print(c.temp, Celsius.temp.__doc__)

# setter without deleter
class NoDel:
    @property
    def x(self):
        return 1
    @x.setter
    def x(self, v):
        print("  set", v)
n = NoDel()
n.x = 5
print(n.x)
try:
    del n.x
except AttributeError as e:
    print(type(e).__name__, e)

# a property with only a deleter
class OnlyDel:
    x = property(None, None, lambda self: print("  deleted"))
o = OnlyDel()
del o.x
try:
    o.x
except AttributeError as e:
    print(type(e).__name__, e)
