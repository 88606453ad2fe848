# Class attributes versus instance attributes
class Counter:
    count = 0          # shared class attribute
    tags = []          # shared mutable class attribute (classic pitfall)

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def add_tag(self, t):
        self.tags.append(t)   # mutates the shared list

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)

a.add_tag("x")
b.add_tag("y")
print(Counter.tags, a.tags is b.tags)

# assignment through an instance creates an instance attribute that shadows
a.count = 100
print(a.count, b.count, Counter.count)
print("count" in a.__dict__, "count" in b.__dict__)

# deleting the instance attribute reveals the class attribute again
del a.count
print(a.count)

# changing the class attribute is visible through all instances without shadows
Counter.count = 42
print(a.count, b.count)

# deleting a missing instance attribute is an AttributeError
try:
    del b.count
except AttributeError as e:
    print(type(e).__name__, e)

# a fresh list per instance avoids sharing
class Better:
    def __init__(self):
        self.tags = []

x, y = Better(), Better()
x.tags.append(1)
print(x.tags, y.tags)

# class attribute used as default, replaced per instance on write
class Config:
    verbose = False
    level = 1

c1, c2 = Config(), Config()
c1.verbose = True
c2.level += 5        # reads class attr, writes instance attr
print(c1.verbose, c2.verbose, Config.verbose)
print(c2.level, c1.level, Config.level)
print(sorted(c1.__dict__), sorted(c2.__dict__))

# attributes added to the class later are visible on existing instances
Config.extra = "late"
print(c1.extra, c2.extra)

# instance attribute named like a method hides the method
class Shadow:
    def speak(self):
        return "method"

s = Shadow()
print(s.speak())
s.speak = lambda: "instance lambda"
print(s.speak())
del s.speak
print(s.speak())
