# Uncaught TypeError from an unsupported operator between user objects
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return Meters(self.v + other.v)
    def __repr__(self):
        return f"{self.v}m"

class Feet:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}ft"

def total(lengths):
    result = lengths[0]
    for x in lengths[1:]:
        result = result + x
    return result

print(total([Meters(1), Meters(2), Meters(3)]))
try:
    Feet(1) + Meters(1)
except TypeError as e:
    print("handled:", e)
print(total([Meters(5), Feet(3)]))
