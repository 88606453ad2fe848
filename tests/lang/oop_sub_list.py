# Subclassing list
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"

s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__, s == [1, 2], [1, 2] == s)
try:
    Stack().peek()
except IndexError as e:
    print(type(e).__name__, e)

# operations inherited from list return plain lists
t = Stack([1, 2])
for r in [t + [3], t * 2, t[:1], sorted(t), list(reversed(t)), t.copy()]:
    print(type(r).__name__, r)

# in-place operations keep the subclass
t += [9]
print(type(t).__name__, t)
t *= 2
print(type(t).__name__, t)

# overriding __getitem__ affects indexing but not iteration
class OneBased(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            if i == 0:
                raise IndexError("one-based list has no index 0")
            return super().__getitem__(i - 1 if i > 0 else i)
        return super().__getitem__(i)
ob = OneBased("abc")
print(ob[1], ob[3], ob[-1], ob[0:2], list(ob), [x for x in ob])
try:
    ob[0]
except IndexError as e:
    print(type(e).__name__, e)

# extra attributes on list subclass instances
class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
tg = Tagged(range(3), "nums")
print(tg, tg.tag, tg.__dict__)

# overriding append does not change extend or insert
class Counting(list):
    appends = 0
    def append(self, x):
        Counting.appends += 1
        super().append(x)
c = Counting()
c.append(1)
c.extend([2, 3])
c.insert(0, 0)
print(c, Counting.appends)

# equality and hashing remain list-like
print(Stack([1]) == Counting([1]), Stack() == [])
try:
    hash(Stack())
except TypeError as e:
    print(type(e).__name__, e)
