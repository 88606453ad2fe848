# Annotations in class bodies and at module level, generic aliases, __class_getitem__
class Point:
    x: int
    y: int = 0
    label: "str"
    tags: list[str] = []
    meta: dict[str, tuple[int, ...]]

print(Point.__annotations__)
print(list(Point.__annotations__), Point.y, hasattr(Point, "x"))

# annotations are per class, not inherited
class Point3(Point):
    z: float = 0.0
print(Point3.__annotations__, "x" in Point3.__annotations__)

# a class without annotations gets an empty dict
class Plain:
    pass
print(Plain.__annotations__, Plain.__annotations__ is Plain.__annotations__)

# annotations inside nested blocks of the class body count too
class Conditional:
    if True:
        a: int = 1
    for _ in range(1):
        b: str
print(Conditional.__annotations__)

# private names are mangled in annotations
class Secret:
    __hidden: int
print(Secret.__annotations__)

# module-level annotations
count: int = 0
names: list[str]
print(__annotations__)

# generic aliases
alias = dict[str, list[int]]
print(alias, type(alias).__name__, alias.__origin__ is dict, alias.__args__)
print(tuple[int, ...], list[Point], type[Point], set[frozenset[int]])

# __class_getitem__ is an implicit class method
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item.__name__ if isinstance(item, type) else item}"
print(Box[int], Box["x"])

class NotGeneric:
    pass
for target in [NotGeneric, int]:
    try:
        target[int]
    except TypeError as e:
        print(type(e).__name__, e)

# dataclass-like use of annotations
def fields(cls):
    return [(name, t.__name__ if isinstance(t, type) else repr(t))
            for name, t in cls.__annotations__.items()]
print(fields(Point))
