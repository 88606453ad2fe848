# Targets of `with ... as`: names, tuples, attributes, subscripts
class Pair:
    def __init__(self, a, b):
        self.value = (a, b)
    def __enter__(self):
        return self.value
    def __exit__(self, *exc):
        return False

with Pair(1, 2) as (x, y):
    print(x, y)

with Pair([1, 2], "ab") as (first, (c1, c2)):
    print(first, c1, c2)

with Pair(1, 2) as [p, q]:
    print(p + q)

with Pair(*range(2)) as (head, *tail):
    print(head, tail)

class Holder:
    pass
h = Holder()
with Pair(3, 4) as h.attr:
    pass
print(h.attr)

d = {}
with Pair(5, 6) as d["key"]:
    pass
print(d)

lst = [None, None]
with Pair(7, 8) as lst[1]:
    pass
print(lst)

# unpacking failure in the target happens after __enter__, and __exit__ still runs
class Loud:
    def __enter__(self):
        print("enter")
        return (1, 2, 3)
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        return False
try:
    with Loud() as (a, b):
        print("body")
except ValueError as e:
    print(type(e).__name__, e)

# the target variable stays bound after the block
with Pair(9, 10) as kept:
    pass
print(kept)

# the manager object and the target are different things
class Conn:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return Cursor(self)
    def __exit__(self, *exc):
        self.open = False
class Cursor:
    def __init__(self, conn):
        self.conn = conn
    def query(self):
        return "rows" if self.conn.open else "closed"
conn = Conn()
with conn as cur:
    print(type(cur).__name__, cur.query(), conn.open)
print(cur.query(), conn.open)

# multiple managers each with their own target shape
with Pair(1, 2) as (a1, a2), Pair(3, 4) as b_pair:
    print(a1, a2, b_pair)
