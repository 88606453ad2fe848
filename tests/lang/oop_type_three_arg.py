# Creating classes dynamically with type(name, bases, dict)
Point = type("Point", (), {
    "x": 0,
    "y": 0,
    "__init__": lambda self, x=0, y=0: (setattr(self, "x", x), setattr(self, "y", y), None)[-1],
    "__repr__": lambda self: f"Point({self.x}, {self.y})",
    "dist2": lambda self: self.x ** 2 + self.y ** 2,
})

p = Point(3, 4)
print(p, p.dist2(), Point())
print(Point.__name__, Point.__qualname__, Point.__bases__[0].__name__)
print(type(Point).__name__, isinstance(p, Point))

# dynamic subclasses of user classes
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes {self.sound()}"
    def sound(self):
        return "nothing"

Dog = type("Dog", (Animal,), {"sound": lambda self: "woof"})
Cat = type("Cat", (Animal,), {"sound": lambda self: "meow", "legs": 4})
print(Dog("Rex").speak(), Cat("Tom").speak(), Cat.legs)
print([k.__name__ for k in Dog.__mro__])
print(issubclass(Dog, Animal), isinstance(Cat("x"), Animal))

# multiple bases via type()
class Flyer:
    def move(self):
        return "fly"
class Swimmer:
    def move(self):
        return "swim"
    def dive(self):
        return "dive"
Duck = type("Duck", (Flyer, Swimmer), {})
d = Duck()
print(d.move(), d.dive(), [k.__name__ for k in Duck.__mro__])

# functions defined normally can be placed in the dict
def describe(self):
    return f"<{type(self).__name__} with {sorted(self.__dict__)}>"
Rec = type("Rec", (object,), {"describe": describe, "__str__": describe})
r = Rec()
r.a = 1
r.b = 2
print(r.describe())
print(r)
print(str(r))

# classmethod and staticmethod objects in the dict
Util = type("Util", (), {
    "make": classmethod(lambda cls: cls.__name__ + " made"),
    "double": staticmethod(lambda n: n * 2),
})
print(Util.make(), Util.double(21), Util().double(4))

# the class dict argument is copied
ns = {"v": 1}
T = type("T", (), ns)
ns["v"] = 2
print(T.v)

# bad arguments
try:
    type("X", object, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
