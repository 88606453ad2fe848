# Generator classmethods/staticmethods, send() into generator methods, generator properties
# generator classmethod / staticmethod
class Seq:
    @classmethod
    def countdown(cls, n):
        while n > 0:
            yield f"{cls.__name__}:{n}"
            n -= 1
    @staticmethod
    def evens(limit):
        yield from range(0, limit, 2)
class SubSeq(Seq):
    pass
print(list(SubSeq.countdown(3)), list(Seq.evens(7)))

# send() into a generator method that keeps a running state on self
class Averager:
    def __init__(self):
        self.count = 0
        self.total = 0
    def run(self):
        avg = None
        while True:
            value = yield avg
            if value is None:
                return self.count
            self.count += 1
            self.total += value
            avg = self.total / self.count
a = Averager()
gen = a.run()
next(gen)
print(gen.send(10), gen.send(20), gen.send(60))
try:
    gen.send(None)
except StopIteration as e:
    print("finished with", e.value)

# generator property
class Lines:
    def __init__(self, text):
        self.text = text
    @property
    def numbered(self):
        return (f"{i}: {line}" for i, line in enumerate(self.text.split("\n"), 1))
print(list(Lines("a\nb\nc").numbered))
