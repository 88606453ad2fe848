# __dict__ of instances and classes
class Item:
    kind = "thing"

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

    def total(self):
        return self.qty

it = Item("pen", 3)
print(it.__dict__)
it.color = "blue"
print(it.__dict__)
del it.qty
print(it.__dict__)

# writing into __dict__ directly creates attributes
it.__dict__["qty"] = 10
print(it.qty, it.total())

# the instance dict does not contain class attributes
print("kind" in it.__dict__, it.kind)

# class __dict__ is a read-only mapping proxy
cd = Item.__dict__
print(type(cd).__name__)
print([k for k in cd if not k.startswith("__")])
print(cd["kind"], "total" in cd, "__init__" in cd)
try:
    cd["kind"] = "other"
except TypeError as e:
    print(type(e).__name__, e)

# the subclass __dict__ only has its own names
class Special(Item):
    extra = 1
    def total(self):
        return super().total() * 2
print([k for k in Special.__dict__ if not k.startswith("__")])
s = Special("cup", 4)
print(s.__dict__, s.total())

# replacing the instance __dict__
it.__dict__ = {"name": "swapped"}
print(it.name, hasattr(it, "qty"))
try:
    it.__dict__ = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)

# attributes set in methods appear in insertion order
class Order:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
o = Order()
print(list(o.__dict__))
o.a = 20
print(list(o.__dict__.items()))

# vars-like copies via dict()
snapshot = dict(o.__dict__)
o.z = 99
print(snapshot, o.__dict__)

# instances of object() have no __dict__
try:
    object().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
