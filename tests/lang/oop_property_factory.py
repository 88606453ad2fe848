# Properties built by a factory function, and properties overridden by plain attributes
# properties defined in a loop via a factory
def typed(name, kind):
    private = "_" + name
    def getter(self):
        return getattr(self, private)
    def setter(self, value):
        if not isinstance(value, kind):
            raise TypeError(f"{name} must be {kind.__name__}")
        setattr(self, private, value)
    return property(getter, setter)

class Product:
    name = typed("name", str)
    price = typed("price", float)
    qty = typed("qty", int)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

pr = Product("pen", 1.5, 3)
print(pr.name, pr.price, pr.qty, sorted(pr.__dict__))
for attr, bad in [("qty", "3"), ("price", 2), ("name", None)]:
    try:
        setattr(pr, attr, bad)
    except TypeError as e:
        print(type(e).__name__, e)

# property overridden by a plain class attribute in a subclass
class Base:
    @property
    def kind(self):
        return "computed"
class Sub(Base):
    kind = "plain"
print(Base().kind, Sub().kind)
s = Sub()
s.kind = "instance"
print(s.kind)
