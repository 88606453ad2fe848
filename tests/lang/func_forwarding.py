# Forwarding *args and **kwargs through wrappers
def target(a, b=2, *rest, key=None, **others):
    return f"a={a} b={b} rest={rest} key={key} others={others}"

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1))
print(forward(1, 2, 3, key="k"))
print(forward(b=5, a=4, z=0))
print(forward(*[1, 2], *[3], **{"key": 1}, extra="e"))

def add_defaults(*args, **kwargs):
    kwargs.setdefault("key", "default-key")
    return target(*args, **kwargs)
print(add_defaults(0))
print(add_defaults(0, key="given"))

def prepend(*args, **kwargs):
    return target("first", *args, **kwargs)
print(prepend())
print(prepend("second", "third"))

# forwarding errors surface with the target's name
try:
    forward()
except TypeError as e:
    print("TypeError:", e)
try:
    forward(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    forward(1, **{"key": 1}, key=2)
except TypeError as e:
    print("TypeError:", e)

# duplicate keys from two ** mappings
def sink(**kw):
    return kw
try:
    sink(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)

# forwarding to builtins
def my_max(*args, **kwargs):
    return max(*args, **kwargs)
print(my_max(3, 9, 2), my_max([4, 1, 8]), my_max(["aa", "b", "ccc"], key=len))
print(my_max([], default="empty"))

def my_print(*args, **kwargs):
    print("LOG:", *args, **kwargs)
my_print("a", "b", sep="|")
my_print("no newline", end="!\n")

# three levels of forwarding preserve keyword order
def level3(**kw):
    return list(kw.items())
def level2(*a, **kw):
    return level3(*a, **kw)
def level1(*a, **kw):
    return level2(*a, **kw, last=True)
print(level1(first=1, second=2))
