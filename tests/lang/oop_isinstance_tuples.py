# isinstance and issubclass with classes and tuples of classes
class Animal: pass
class Mammal(Animal): pass
class Dog(Mammal): pass
class Fish(Animal): pass
class Robot: pass

d = Dog()
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal), isinstance(d, Fish))
print(isinstance(d, (Fish, Robot)), isinstance(d, (Fish, Mammal)))
print(isinstance(d, ()))
print(isinstance(d, (Robot, (Fish, (Dog,)))))   # nested tuples are allowed

print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
print(issubclass(Fish, (Mammal, Robot)), issubclass(Fish, (Mammal, Animal)))
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(bool, (str, (int,))))

# builtins
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", (list, tuple)), isinstance([], (list, tuple)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(Dog, type))

# errors: second argument must be a class or tuple of classes
for bad in [5, "Dog", [Dog], (Dog, 5)]:
    try:
        isinstance(d, bad)
        print("no error for", bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Dog, [Animal])
except TypeError as e:
    print(type(e).__name__, e)

# dispatching on type with a tuple table
def kind(x):
    table = [((bool,), "bool"), ((int, float), "number"), ((str, bytes), "text"),
             ((list, tuple, set), "collection"), ((Animal,), "animal")]
    for types, name in table:
        if isinstance(x, types):
            return name
    return "other"
for v in [True, 3, 2.5, "s", b"b", [1], (2,), {3}, Fish(), Robot(), None]:
    print(kind(v), end=" ")
print()

# multiple inheritance makes an instance of both bases
class Amphibian(Fish, Mammal): pass
frog = Amphibian()
print(isinstance(frog, Fish), isinstance(frog, Mammal), isinstance(frog, Dog))
print(issubclass(Amphibian, (Dog, Robot)), issubclass(Amphibian, Animal))
