# Bound methods, unbound access via the class, and method objects
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="Hello"):
        return f"{greeting}, {self.name}"

g = Greeter("Ann")
m = g.greet
print(m())
print(m("Hi"))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__)
print(Greeter.greet(g, "Yo"))
print(type(m).__name__, type(Greeter.greet).__name__)

# bound methods compare equal when bound to the same object and function
g2 = Greeter("Bob")
print(g.greet == g.greet, g.greet == g2.greet)

# bound methods keep their instance alive and can be stored
actions = [g.greet, g2.greet, Greeter("Cy").greet]
print([f("Hey") for f in actions])

# calling a method without an instance fails
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)

# too many arguments counts self
try:
    g.greet("a", "b")
except TypeError as e:
    print(type(e).__name__, e)

# unexpected keyword
try:
    g.greet(salutation="x")
except TypeError as e:
    print(type(e).__name__, e)

# a method can be called on any object when retrieved from the class
class Duck:
    name = "duck"
print(Greeter.greet(Duck(), "Quack"))

# functions assigned to the class later become methods
def shout(self):
    return self.name.upper() + "!"
Greeter.shout = shout
print(g.shout(), g2.shout())

# functions assigned to an instance are not bound
g.plain = shout
try:
    g.plain()
except TypeError as e:
    print(type(e).__name__, e)
print(g.plain(g))

# method chaining by returning self
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "-".join(self.parts)
print(Builder().add("a").add("b").add("c").build())
