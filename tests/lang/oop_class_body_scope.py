# Scoping rules of class bodies
x = "global x"

class A:
    x = "class x"
    y = x + "!"            # class body sees its own names
    def method(self):
        return x           # methods do NOT see class-body names
    def method2(self):
        return self.x

print(A.y)
print(A().method())
print(A().method2())

# comprehensions in a class body cannot see class names (except the first iterable)
class B:
    values = [1, 2, 3]
    factor = 10
    doubled = [v * 2 for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        err = str(e)

print(B.doubled)
print(B.err)
print(hasattr(B, "scaled"))

# class bodies in functions see enclosing function locals
def make(prefix):
    class C:
        name = prefix + "-C"
        def get(self):
            return prefix    # closure over function local
    return C

C = make("pre")
print(C.name, C().get())

# class-level name that shadows a global only inside the class body
len_result = None
class D:
    len = 5
    size = len
    def uses_builtin(self):
        return len("abc")
print(D.size, D().uses_builtin())

# nonlocal-style closure from class body into enclosing function
def outer():
    n = 1
    class E:
        m = n + 1
    n = 100
    return E.m, n
print(outer())

# names defined in the class body become attributes in definition order
class F:
    b = 2
    a = 1
    def c(self):
        pass
print([k for k in F.__dict__ if not k.startswith("__")])
