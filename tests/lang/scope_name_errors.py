# NameError messages
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e)

show(lambda: undefined_thing)
show(lambda: undefined_thing + 1)
show(lambda: undefined_func())
show(lambda: [undefined_in_comp for _ in range(1)])

def uses_global():
    global gone
    return gone
show(uses_global)

gone = "now defined"
print(uses_global())
del gone
show(uses_global)

def delete_global():
    global never_existed
    del never_existed
show(delete_global)

try:
    del nothing_here
except NameError as e:
    print("NameError:", e)

# NameError args
try:
    missing_name_xyz
except NameError as e:
    print(e.args)

# builtins can be shadowed then deleted, restoring the builtin
len = "shadow"
try:
    len("abc")
except TypeError as e:
    print("TypeError:", e)
del len
print(len("abc"))
try:
    del len
except NameError as e:
    print("NameError:", e)

# case matters
Value = 1
show(lambda: value)
print(Value)

# names defined later in the module are not visible earlier at run time
def call_later():
    return later_defined()
show(call_later)
def later_defined():
    return "later ok"
print(call_later())

# NameError inside a nested function reports the simple name
def outer():
    def inner():
        return not_anywhere
    return inner()
show(outer)
print(isinstance(NameError("x"), Exception))
