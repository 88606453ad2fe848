# Uncaught ValueError raised from __init__ via a validating setter
class Percentage:
    def __init__(self, value):
        self.value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError(f"percentage must be a number, not {type(v).__name__}")
        if not 0 <= v <= 100:
            raise ValueError(f"percentage out of range: {v}")
        self._value = v

    def __repr__(self):
        return f"{self.value}%"

print([Percentage(v) for v in (0, 42.5, 100)])
for bad in ["50", -1]:
    try:
        Percentage(bad)
    except (TypeError, ValueError) as e:
        print("handled:", type(e).__name__, e)

def parse_all(values):
    return [Percentage(v) for v in values]

print(parse_all([10, 20]))
parse_all([30, 140, 50])
print("not reached")
