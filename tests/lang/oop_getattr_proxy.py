# Delegation via __getattr__: proxies and wrappers
class ListProxy:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*args, **kwargs):
                self.calls.append(name)
                return attr(*args, **kwargs)
            return wrapper
        return attr

    def __len__(self):
        return len(self._target)

    def __repr__(self):
        return f"ListProxy({self._target!r})"

p = ListProxy([3, 1, 2])
p.append(5)
p.sort()
print(p, len(p), p.index(5), p.count(1))
print(p.calls)
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)

# read-only view that blocks mutation methods
class ReadOnly:
    BLOCKED = {"append", "pop", "clear", "__setitem__"}
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        if name in ReadOnly.BLOCKED:
            raise AttributeError(f"{name} is not allowed on a read-only view")
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        raise AttributeError("read-only")

ro = ReadOnly([1, 2, 2])
print(ro.count(2), ro.index(1), ro.copy())
for action in [lambda: ro.append(3), lambda: ro.pop(), lambda: setattr(ro, "x", 1)]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
