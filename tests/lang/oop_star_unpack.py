# Star-unpacking and argument spreading of user iterables
class Trio:
    def __iter__(self):
        print("  Trio.__iter__")
        yield "a"
        yield "b"
        yield "c"

def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(*Trio()))
print(show(0, *Trio(), 9))
print([*Trio(), *Trio()])
print((*Trio(),))
print({*Trio()} == {"a", "b", "c"})
first, *middle, last = Trio()
print(first, middle, last)
x, y, z = Trio()
print(x + y + z)

# the old __getitem__ protocol works for unpacking too
class Old:
    def __getitem__(self, i):
        if i < 2:
            return i * 100
        raise IndexError
print(show(*Old()), [*Old()])
p, q = Old()
print(p, q)

# a user iterable in a for loop with tuple targets
class Pairs:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return ((i, i * i) for i in range(self.n))
for i, sq in Pairs(3):
    print(i, sq)
print(dict(Pairs(4)))

# spreading a non-iterable
class Nope:
    pass
try:
    show(*Nope())
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*Nope()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = Nope()
except TypeError as e:
    print(type(e).__name__, e)

# unpacking an iterator consumes it
class Counter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 4:
            raise StopIteration
        return self.i
c = Counter()
head, *rest = c
print(head, rest, [*c])

# nested unpacking with user iterables inside
class Two:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        yield self.a
        yield self.b
(a, b), (c_, d) = Two(Two(1, 2), Two(3, 4))
print(a, b, c_, d)
