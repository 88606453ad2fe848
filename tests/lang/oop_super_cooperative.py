# Cooperative multiple inheritance with **kwargs forwarding
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected arguments: {sorted(kwargs)}")
        self.parts = ["Base"]

class Named(Base):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.parts.append("Named")

class Aged(Base):
    def __init__(self, age, **kwargs):
        super().__init__(**kwargs)
        self.age = age
        self.parts.append("Aged")

class Person(Named, Aged):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.parts.append("Person")

p = Person(name="Ann", age=30)
print(p.name, p.age, p.parts)
print([k.__name__ for k in Person.__mro__])

try:
    Person(name="Bob", age=3, height=2)
except TypeError as e:
    print(type(e).__name__, e)
