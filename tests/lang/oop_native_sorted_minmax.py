# sorted/min/max/list.sort with user objects
class Emp:
    def __init__(self, name, salary, age):
        self.name, self.salary, self.age = name, salary, age
    def __lt__(self, other):
        return (self.salary, self.name) < (other.salary, other.name)
    def __repr__(self):
        return self.name

staff = [Emp("cy", 300, 40), Emp("al", 100, 30), Emp("bo", 300, 25), Emp("di", 200, 50)]
print(sorted(staff), sorted(staff, reverse=True))
print(min(staff), max(staff), min(staff, key=lambda e: e.age), max(staff, key=lambda e: e.name))
print(sorted(staff, key=lambda e: -e.age))
staff.sort()
print(staff)
print(min(Emp("x", 1, 1), Emp("y", 1, 1)), max(Emp("x", 1, 1), Emp("y", 1, 1)))

# only __lt__ is used by sorted, even with reverse=True
class OnlyLt:
    calls = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        OnlyLt.calls.append("lt")
        return self.v < other.v
    def __gt__(self, other):
        OnlyLt.calls.append("gt")
        return self.v > other.v
    def __repr__(self):
        return f"O{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)], reverse=True), set(OnlyLt.calls))

# max() uses > semantics via __gt__ or reflected __lt__
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(max([OnlyGt(1), OnlyGt(5), OnlyGt(3)]), min([OnlyGt(4), OnlyGt(2)]), sorted([OnlyGt(2), OnlyGt(1)]))

# ties keep the first element for min and max
class Tie:
    def __init__(self, tag):
        self.tag = tag
    def __lt__(self, other):
        return False
    def __gt__(self, other):
        return False
ties = [Tie("first"), Tie("second"), Tie("third")]
print(min(ties).tag, max(ties).tag, [t.tag for t in sorted(ties)])

# key functions can return user objects
class Key:
    def __init__(self, s):
        self.s = s
    def __lt__(self, other):
        return len(self.s) < len(other.s)
print(sorted(["ccc", "a", "bb", "dd"], key=Key), max(["x", "yyy", "zz"], key=Key))

# exceptions inside __lt__ abort sorting
class Boom:
    def __lt__(self, other):
        raise ValueError("cannot compare Boom")
try:
    sorted([Boom(), Boom()])
except ValueError as e:
    print(type(e).__name__, e)

# min/max with default and empty inputs
print(min([], default="empty"), max([], key=Key, default=None))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
