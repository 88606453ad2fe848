# @property with setter and deleter
class Person:
    def __init__(self, name):
        self._name = None
        self.name = name            # goes through the setter
        self.history = []

    @property
    def name(self):
        """The person's name."""
        return self._name

    @name.setter
    def name(self, value):
        if not isinstance(value, str):
            raise TypeError(f"name must be str, not {type(value).__name__}")
        if not value:
            raise ValueError("name must not be empty")
        if getattr(self, "history", None) is not None:
            self.history.append(self._name)
        self._name = value.title()

    @name.deleter
    def name(self):
        print(f"  deleting {self._name}")
        self._name = None

p = Person("ada lovelace")
print(p.name)
p.name = "grace hopper"
print(p.name, p.history)
for bad in [42, ""]:
    try:
        p.name = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p.name)
del p.name
print(p.name)
print(Person.name.__doc__)

# property objects are immutable; setter() returns a new property
prop = Person.name
print(prop.fget is not None, prop.fset is not None, prop.fdel is not None)
