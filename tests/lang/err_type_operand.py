# ends with an uncaught TypeError: unsupported operand
values = [1, 2.5, True]
acc = 0
for v in values:
    acc += v
print(acc)
try:
    acc + "x"
except TypeError as e:
    print("caught:", e)
try:
    [1] - [1]
except TypeError as e:
    print("caught:", e)
def combine(a, b):
    return a + b
print(combine("a", "b"), combine([1], [2]), combine(1, 2.0))
print("failing next")
print(combine({"k": 1}, {"j": 2}))
print("not reached")
