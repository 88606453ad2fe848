# Methods and nonlocal state closing over decorated functions
def trace(label):
    def deco(func):
        calls = []
        def wrapper(*args):
            calls.append(args)
            return func(*args)
        wrapper.calls = calls
        wrapper.label = label
        return wrapper
    return deco

# methods closing over a decorated module-level function
@trace("square")
def square(n):
    return n * n

class Calc:
    def __init__(self, offset):
        self.offset = offset
    def compute(self, n):
        return square(n) + self.offset
    def make_adder(self):
        def adder(n):
            return self.compute(n) + 1      # closure over self
        return adder

c = Calc(5)
adder = c.make_adder()
print(c.compute(3), adder(4))
c.offset = 100
print(adder(4), len(square.calls), square.calls)

# nonlocal state shared between a decorator and the decorated function
def counting():
    count = 0
    def deco(func):
        def wrapper(*a):
            nonlocal count
            count += 1
            return func(*a)
        return wrapper
    def get():
        return count
    return deco, get
deco, get = counting()
@deco
def p(x):
    return x
@deco
def q(x):
    return -x
p(1); q(2); p(3)
print(get())
