# ends with an uncaught OverflowError
big = 10 ** 300
print(big * big > big, len(str(big * big)))
print(float(big))
try:
    float(big * big)
except OverflowError as e:
    print("caught:", e)
try:
    2.0 ** 5000
except OverflowError as e:
    print("caught:", e)
x = 1.5
for _ in range(5):
    x = x * x
print(x)
growth = 10
for step in range(5):
    growth = growth ** 4
    print(step, len(str(growth)), float(growth) if step < 3 else "big")
print("converting", len(str(growth)), "digits")
print(float(growth))
print("not reached")
