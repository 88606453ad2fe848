# Nested classes and their names
class Outer:
    class Inner:
        class Deepest:
            def where(self):
                return type(self).__qualname__

        def make(self):
            return Outer.Inner.Deepest()

    def make_inner(self):
        return self.Inner()

    kind = "outer"

print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__)
print(Outer().make_inner().make().where())
print(Outer.Inner.Deepest)
print(Outer.Inner.__module__)

# the nested class body cannot see the outer class's names directly
class Shop:
    currency = "EUR"
    class Item:
        def __init__(self, price):
            self.price = price
        def label(self):
            return f"{self.price} {Shop.currency}"
    def item(self, p):
        return Shop.Item(p)

print(Shop().item(5).label())
try:
    class Broken:
        a = 1
        class In:
            b = a + 1
except NameError as e:
    print(type(e).__name__, e)

# nested class used as a namespace of constants
class Http:
    class Status:
        OK = 200
        NOT_FOUND = 404
    class Method:
        GET = "GET"
print(Http.Status.OK, Http.Status.NOT_FOUND, Http.Method.GET)

# nested class inheriting from another nested class
class Shapes:
    class Shape:
        def area(self):
            return 0
        def describe(self):
            return f"{type(self).__qualname__} area={self.area()}"
    class Square(Shape):
        def __init__(self, s):
            self.s = s
        def area(self):
            return self.s ** 2
print(Shapes.Square(3).describe())
print([k.__qualname__ for k in Shapes.Square.__mro__])

# classes nested in methods
class Factory:
    def build(self):
        class Product:
            pass
        return Product
P = Factory().build()
print(P.__qualname__)
