# Generators as methods, including __iter__ written as a generator
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):                 # pre-order traversal
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

    def by_depth(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.by_depth(depth + 1)

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()), sum(t), max(t))
for depth, v in t.by_depth():
    print("  " * depth + str(v))
print(type(t.leaves()).__name__, type(iter(t)).__name__)

# each call creates an independent generator
g1, g2 = iter(t), iter(t)
print(next(g1), next(g1), next(g2))

# generator methods see attribute changes made while suspended
class Buffer:
    def __init__(self):
        self.items = []
    def drain(self):
        while self.items:
            yield self.items.pop(0)
b = Buffer()
b.items.extend([1, 2])
d = b.drain()
print(next(d))
b.items.append(3)
print(list(d))
