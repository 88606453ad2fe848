# Descriptor precedence: data vs non-data descriptors, owner argument, per-instance state
# data descriptors beat instance __dict__; non-data descriptors do not
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Data(NonData):
    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")
class Host:
    nd = NonData()
    d = Data()
h = Host()
h.__dict__["nd"] = "from instance dict"
h.__dict__["d"] = "from instance dict"
print(h.nd, "|", h.d)
try:
    h.d = 1
except AttributeError as e:
    print(type(e).__name__, e)

# __get__ receives the owner class when accessed on the class
class ShowArgs:
    def __get__(self, obj, objtype=None):
        return (type(obj).__name__, objtype.__name__)
class Owner:
    attr = ShowArgs()
class SubOwner(Owner):
    pass
print(Owner.attr, Owner().attr, SubOwner.attr, SubOwner().attr)

# descriptor that counts accesses per instance
class Counted:
    def __set_name__(self, owner, name):
        self.key = "_count_" + name
    def __get__(self, obj, objtype=None):
        n = obj.__dict__.get(self.key, 0) + 1
        obj.__dict__[self.key] = n
        return n
class Page:
    views = Counted()
pg = Page()
print(pg.views, pg.views, pg.views, Page().views)
