# generator.send()
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(avg.send(None))
print(avg.send(10))
print(avg.send(20))
print(avg.send(0))

# sending a non-None value to a just-started generator is an error
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)

# send returns the next yielded value; StopIteration when finished
def two_steps():
    x = yield "ready"
    y = yield "got %r" % (x,)
    return x, y
g = two_steps()
print(g.send(None))
print(g.send("A"))
try:
    g.send("B")
except StopIteration as e:
    print("StopIteration value:", e.value)

# send after exhaustion
try:
    g.send("C")
except StopIteration as e:
    print("exhausted, value:", e.value)

# a coroutine-style accumulator with a running log
def logger(prefix):
    lines = []
    while True:
        msg = yield len(lines)
        if msg is None:
            break
        lines.append(prefix + msg)
    yield lines
log = logger("> ")
next(log)
log.send("one")
log.send("two")
print(log.send(None))

# next() is equivalent to send(None)
def echo():
    while True:
        got = yield
        print("  echo received", got)
e = echo()
next(e)
e.send(1)
next(e)
e.send([2, 3])

# send values into a generator in a loop
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
