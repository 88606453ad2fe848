# W8 attributes: instance attribute reads and writes, 1,000,000 of each
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(0, 0)
acc = 0
for i in range(500000):
    p.x = i
    p.y = p.x + 1
    acc += p.x + p.y
result = acc
print(result)
