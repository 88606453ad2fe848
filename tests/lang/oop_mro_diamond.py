# Diamond inheritance: each class appears once, after all its subclasses
def mro(c):
    return " -> ".join(k.__name__ for k in c.__mro__)

calls = []

class Top:
    def hello(self):
        calls.append("Top")
        return "top"

class Left(Top):
    def hello(self):
        calls.append("Left")
        return "left+" + super().hello()

class Right(Top):
    def hello(self):
        calls.append("Right")
        return "right+" + super().hello()

class Bottom(Left, Right):
    def hello(self):
        calls.append("Bottom")
        return "bottom+" + super().hello()

print(mro(Bottom))
print(Bottom().hello())
print(calls)

# Top's method runs only once thanks to cooperative super()
calls.clear()
class Bottom2(Right, Left):
    pass
print(mro(Bottom2))
print(Bottom2().hello(), calls)
