# The with statement with a single context manager
class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"enter {self.name}")
        return f"resource-{self.name}"
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None}, {exc!r}, tb is None: {tb is None}")
        return False

with Manager("a") as res:
    print("inside with", res)
print("after")

# without as
with Manager("b"):
    print("body b")

# exception in the body: __exit__ sees it, then it propagates
try:
    with Manager("c") as r:
        print("about to fail")
        raise ValueError("boom")
        print("not reached")
except ValueError as e:
    print("caught", e)

# return / break / continue inside with still run __exit__
def f():
    with Manager("d"):
        return "returned"
print(f())
for i in range(3):
    with Manager(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done, i =", i)

# __enter__ returning self is the common pattern
class Timer:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("start")
        return self
    def __exit__(self, *args):
        self.events.append("stop")
with Timer() as t:
    t.events.append("work")
print(t.events)

# the as-target is bound even if __enter__ returns None
class ReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with ReturnsNone() as x:
    print("x is", x)

# __exit__ receives the exception instance and type
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et, type(ev), ev.args if ev else None)
        return True
with Inspect() as ins:
    {}["missing"]
print(ins.seen[0].__name__, ins.seen[1].__name__, ins.seen[2])
