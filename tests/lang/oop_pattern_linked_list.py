# A singly linked list with the full container protocol
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)

    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __contains__(self, v):
        return any(x == v for x in self)

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"

ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 5 in ll)
ll.push(0)
print(ll, list(reversed(ll)), sum(ll), bool(ll))
print(ll.pop(), ll.pop(), ll)
print(ll + LinkedList("ab"), ll == LinkedList([2, 3]), ll != LinkedList([3, 2]))
empty = LinkedList()
print(empty, len(empty), bool(empty))
try:
    empty.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
print(sorted(LinkedList([5, 1, 4])), max(LinkedList("xyz")), [v * 2 for v in ll])
