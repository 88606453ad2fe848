# Adding, changing and removing class attributes at runtime
class Box:
    pass

b = Box()
Box.size = 3
print(b.size)

def area(self):
    return self.size ** 2
Box.area = area
print(b.area())

setattr(Box, "color", "red")
print(getattr(b, "color"), getattr(Box, "color"))

del Box.color
print(hasattr(b, "color"), getattr(b, "color", "none"))

# replacing a method affects all instances immediately
class Animal:
    def sound(self):
        return "..."

dog, cat = Animal(), Animal()
print(dog.sound(), cat.sound())
Animal.sound = lambda self: "generic noise"
print(dog.sound(), cat.sound())

# modifying a base class is visible through subclasses
class Dog(Animal):
    pass
d = Dog()
print(d.sound())
Animal.legs = 4
print(d.legs, Dog.legs)
Dog.legs = 3
print(d.legs, Animal.legs)
del Dog.legs
print(d.legs)

# deleting a class attribute that is not there
try:
    del Dog.legs
except AttributeError as e:
    print(type(e).__name__, e)

# getattr with dynamically built names
class Ops:
    def op_add(self, a, b):
        return a + b
    def op_mul(self, a, b):
        return a * b
ops = Ops()
for name in ["add", "mul", "sub"]:
    fn = getattr(ops, "op_" + name, None)
    print(name, fn(6, 7) if fn else "unsupported")

# attributes with non-identifier names via setattr/getattr
setattr(Box, "weird name", 1)
print(getattr(Box, "weird name"), "weird name" in Box.__dict__)

# class attributes that are classes
class Holder:
    pass
Holder.inner = Box
print(Holder.inner().size, Holder.inner.__name__)
