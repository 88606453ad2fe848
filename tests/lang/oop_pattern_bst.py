# A binary search tree class with recursive methods and generators
class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def __setitem__(self, key, val):
        def insert(node):
            if node is None:
                self.size += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.val = val
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __len__(self):
        return self.size

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def items(self):
        return [(k, self[k]) for k in self]

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t[k] = str(k)
print(list(t), len(t), t.height())
print(t[40], 60 in t, 65 in t, t.items()[:3])
t[30] = "thirty"
print(t[30], len(t))
try:
    t[99]
except KeyError as e:
    print(type(e).__name__, e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = len(w)
print(list(words), words["quick"], words.height())
print(BST._Node.__qualname__, type(t.root).__name__)
