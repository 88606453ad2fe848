# Augmented assignment to an attribute of a local: the order of get, value, in-place op and
# set, through properties, __iadd__, __getattr__/__setattr__ hooks and unbound locals.
log = []


class Box:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        log.append("get")
        return self._v

    @v.setter
    def v(self, value):
        log.append(("set", value))
        self._v = value


class Acc:
    def __init__(self):
        self.items = []

    def __repr__(self):
        return f"Acc({self.items})"

    def __iadd__(self, other):
        log.append(("iadd", other))
        self.items.append(other)
        return self


class Hooked:
    def __getattr__(self, name):
        log.append(("getattr", name))
        return 10

    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        object.__setattr__(self, name, value)


def value(x):
    log.append(("value", x))
    return x


def run():
    b = Box()
    b.v += value(5)
    b.v *= value(2)
    h = Hooked()
    h.n += value(1)
    h.n += value(1)
    holder = Box()
    holder._v = Acc()
    holder.v += value("a")
    print(holder._v.items, b._v, h.n)


run()
for entry in log:
    print(entry)


def unbound():
    try:
        obj.x += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    obj = None


unbound()


def missing(o):
    try:
        o.nope += 1
    except AttributeError as e:
        print("AttributeError:", e)


missing(Box())


def slots_like(o):
    o.count = 0
    for i in range(5):
        o.count += i
        o.count -= 1
    return o.count


print(slots_like(Box()))
