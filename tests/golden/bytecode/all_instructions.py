# Exercises every instruction of the VM; its disassembly is a golden, and the golden test checks
# that every instruction of bytecode/opcode.rs appears in some bytecode golden.
import math
from math import pi as PI
x = 1
del x
y = [1, 2, 3]
y[0] = 5
del y[1]
a, *b = y
c, d = 1, 2
s = {1, 2, *b}
m = {"k": 1, **{"j": 2}}
t = (*y, 4)
l = [*y, 5]
f = f"{c!r:>{d}} {c}"
sl = y[1:2:1]
z = -c + (c ** 2) // 3 % 4 - (c << 1) & 3 | 4 ^ 5
z += 1
ok = 1 < c <= 2 and c is not None and c not in y or not c
print(*y, sep=", ", **{"end": "\n"})
assert c, "message"


class K:
    attr = c

    def method(self):
        return super().method()

    def uses_free(self):
        return x_free


def outer():
    x_free = 1
    ok = [i for i in range(3) if i]
    st = {i for i in range(3)}
    dc = {i: i for i in range(3)}

    def inner():
        nonlocal x_free
        x_free += 1
        del x_free

    class Inside:
        v = x_free

    return inner, Inside


def gen():
    received = yield 1
    yield from range(received or 2)


def handlers():
    global z
    z = 0
    del z
    try:
        raise ValueError("x") from None
    except ValueError as e:
        raise
    except (TypeError, KeyError):
        pass
    finally:
        with open_thing() as th:
            th.attr = 1
            del th.attr
    for i in range(3):
        if i:
            continue
        break
    while True:
        return lambda q=1, *r, k=2, **kw: q


def augmented(obj):
    obj[0] += 1
    return sorted(obj, reverse=True)


def attribute_read(obj):
    return obj.attr

# Superinstructions: a comparison feeding a branch, with and without a constant operand.
def compare_branches(a, b):
    if a < b:
        return 1
    if a == 0:
        return 2
    return 3


def attribute_superinstructions(obj, n):
    obj.count = obj.count + n  # LoadFastAttr, StoreFastAttr
    obj.total += n  # the local is loaded twice instead of Dup/Rot2
    return obj.count
    # on any other receiver, the plain attribute instructions
    get_thing().value = get_thing().value


class Holder:
    pass


holder = Holder()
holder.size = 1  # StoreNameAttr
print(holder.size)  # LoadNameAttr

words = "a b".split()
words.reverse()  # LoadNameMethod


def method_on_local(items):
    items.append(len(words) - 1)  # LoadFastMethod
    last = len(items)
    return items + [last * 10]  # LoadFastOpConst


print(words, method_on_local([]))
