# Uncaught user exception raised as a bare class with no arguments from a __getitem__
class EmptyQueue(Exception):
    """Raised when popping from an empty queue."""

class Queue:
    def __init__(self):
        self.items = []

    def put(self, x):
        self.items.append(x)

    def __getitem__(self, i):
        if not self.items:
            raise EmptyQueue
        return self.items[i]

    def get(self):
        first = self[0]
        del self.items[0]
        return first

q = Queue()
q.put("a")
q.put("b")
print(q.get(), q.get())
try:
    q.get()
except EmptyQueue as e:
    print("handled:", repr(e), repr(str(e)), e.args, EmptyQueue.__doc__)
q.get()
