# A class's __dict__ is a read-only mappingproxy over the class namespace
class Base:
    shared = "base"
    def method(self):
        return 1

class Child(Base):
    extra = 2

proxy = Child.__dict__
print(type(proxy).__name__, type(Base.__dict__) is type(proxy))
print("extra" in proxy, "shared" in proxy, "shared" in Base.__dict__)
print(proxy["extra"], proxy.get("extra"), proxy.get("missing"), proxy.get("missing", 0))
print(sorted(k for k in proxy if not k.startswith("__")))
print(sorted(k for k in proxy.keys() if not k.startswith("__")))
print([v for k, v in proxy.items() if k == "extra"], 2 in proxy.values())

# writes are refused; the class changes through attribute assignment only
for attempt in ["set", "del", "attr", "pop"]:
    try:
        if attempt == "set":
            proxy["extra"] = 3
        elif attempt == "del":
            del proxy["extra"]
        elif attempt == "attr":
            proxy.extra = 3
        else:
            proxy.pop("extra")
    except (TypeError, AttributeError) as e:
        print(attempt, type(e).__name__, e)
Child.added = "later"
print(proxy["added"], "added" in Child.__dict__)
del Child.added
print("added" in proxy)

# the proxy is live; copy() and dict() give plain snapshots
snap = proxy.copy()
snap2 = dict(proxy)
Child.more = 1
print(type(snap).__name__, "more" in snap, "more" in snap2, "more" in proxy)
print(proxy == dict(proxy), dict(proxy) == proxy)

# missing keys raise KeyError
try:
    proxy["nope"]
except KeyError as e:
    print("KeyError", e)

# class namespaces cannot be replaced
try:
    Child.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)

# vars() of a class is the same proxy type
print(type(vars(Child)).__name__, vars(Child)["extra"])

# iteration order follows definition order
class Ordered:
    z = 1
    a = 2
    m = 3
print([k for k in Ordered.__dict__ if not k.startswith("__")])
