# Several context managers in one with statement
log = []

class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        log.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"cannot enter {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return self.suppress

with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append(f"body {a}{b}{c}")
print(log)

# parenthesized form (3.10+)
log.clear()
with (
    CM("x") as x,
    CM("y") as y,
):
    log.append(f"body {x}{y}")
print(log)

# failing __enter__ in the middle: earlier managers are exited, later ones never entered
log.clear()
try:
    with CM("p"), CM("q", fail_enter=True), CM("r"):
        log.append("body")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)

# exception in the body passes through all __exit__s in reverse order
log.clear()
try:
    with CM("outer"), CM("inner"):
        raise KeyError("k")
except KeyError:
    log.append("caught KeyError")
print(log)

# an inner manager suppressing hides the exception from the outer one
log.clear()
with CM("outer"), CM("inner", suppress=True):
    raise ValueError("hidden")
log.append("continued")
print(log)

# nested with statements are equivalent
log.clear()
with CM("one") as o:
    with CM("two") as t:
        log.append(o + t)
print(log)

# the same manager object used twice
log.clear()
m = CM("shared")
with m as first, m as second:
    log.append(first + second)
print(log)
