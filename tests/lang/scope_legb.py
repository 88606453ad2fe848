# LEGB name resolution: Local, Enclosing, Global, Builtin
x = "global x"

def local_wins():
    x = "local x"
    return x

def enclosing_wins():
    x = "enclosing x"
    def inner():
        return x
    return inner()

def global_wins():
    def inner():
        return x
    return inner()

print(local_wins())
print(enclosing_wins())
print(global_wins())

# builtins are found last
print(len("abc"))
def shadow_len():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_len(), len("abc"))

# a global shadowing a builtin, then removed
abs = lambda v: "global abs"
print(abs(-3))
del abs
print(abs(-3))

# name resolution happens at call time for globals
def uses_later():
    return defined_afterwards * 2
defined_afterwards = 21
print(uses_later())
defined_afterwards = 50
print(uses_later())

# enclosing scope is the defining function, not the caller
def make():
    who = "definer"
    def report():
        return who
    return report
def caller(fn):
    who = "caller"
    return fn()
print(caller(make()))
