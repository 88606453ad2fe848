# W7 methods: a small class with __init__ and two methods, 1,000,000 method calls
class Counter:
    def __init__(self, start):
        self.total = start
        self.calls = 0

    def add(self, n):
        self.total += n
        self.calls += 1
        return self

    def value(self):
        return self.total


c = Counter(0)
for i in range(500000):
    c.add(i)
    c.value()
result = c.value() + c.calls
print(result)
