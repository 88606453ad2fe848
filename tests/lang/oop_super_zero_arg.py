# Zero-argument super() in methods
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base.__init__"]

    def greet(self):
        return f"Hello from Base, {self.name}"

    def __repr__(self):
        return f"Base({self.name!r})"

class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        self.log.append("Child.__init__")

    def greet(self):
        return super().greet() + f" (child aged {self.age})"

    def __repr__(self):
        return "Child/" + super().__repr__()

c = Child("Ann", 7)
print(c.greet())
print(c, c.log)

# super() inside a nested function needs explicit arguments
class Tricky(Base):
    def greet(self):
        def inner():
            return super(Tricky, self).greet()
        return "inner: " + inner()
    def broken(self):
        def inner():
            return super().greet()
        return inner()
print(Tricky("T").greet())
try:
    Tricky("T").broken()
except RuntimeError as e:
    print(type(e).__name__, e)

# super() called repeatedly in a loop
class Multi(Base):
    def greets(self):
        out = []
        for i in range(2):
            out.append(super().greet() + str(i))
        return out
print(Multi("M").greets())
