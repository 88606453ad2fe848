# The dynamic-data-holder pattern: classes built with type() and lambdas
DynamicDataHolder = type('DynamicDataHolder', (object,), {
    '__init__': lambda self, data: setattr(self, 'data', data),
    '__repr__': lambda self: f'DynamicDataHolder(data={self.data})'
})

print(DynamicDataHolder(data=100))
h = DynamicDataHolder([1, 2, 3])
print(h)
print(repr(h), str(h), f"{h}", f"{h!r}")
print([DynamicDataHolder(i) for i in range(3)])
print({"k": DynamicDataHolder("v")})
print(h.data, type(h).__name__, type(h).__qualname__)

# mutating the data of an instance
h.data.append(4)
print(h)
h.data = "replaced"
print(h)

# nested holders
outer = DynamicDataHolder(DynamicDataHolder(DynamicDataHolder(0)))
print(outer)

# subclass of a dynamically created class
class Labeled(DynamicDataHolder):
    def __init__(self, data, label):
        super().__init__(data)
        self.label = label
    def __repr__(self):
        return f"{self.label}:{super().__repr__()}"

print(Labeled(7, "seven"))
print([k.__name__ for k in Labeled.__mro__])

# a generic factory for holder classes with several fields
def make_holder(name, *fields):
    def init(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def rep(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"
    return type(name, (object,), {"__init__": init, "__repr__": rep, "fields": fields})

Pair = make_holder("Pair", "left", "right")
Triple = make_holder("Triple", "a", "b", "c")
print(Pair(1, "two"), Triple(None, [], {}))
print(Pair.fields, Triple.__name__)

# the lambda __init__ returns setattr's result, None, so it is accepted
try:
    DynamicDataHolder()
except TypeError as e:
    print(type(e).__name__, e)
try:
    DynamicDataHolder(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
