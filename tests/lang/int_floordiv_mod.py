# Floor division and modulo sign rules
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (0, -3), (6, 3), (-6, 3), (6, -3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print("floats")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 10, 1 % -10, -11 % 10, 11 % -10)
print(-0.0 % 5, 0.0 % -5)
print(-1e-20 % 1.0)
print(10 // 0.3, 10 % 0.3)
big = 10 ** 30 + 7
print(big // 13, big % 13, -big // 13, -big % 13)
print(big // -13, big % -13)
print(divmod(big, 10 ** 15))
print(divmod(-big, 10 ** 15))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("%", type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod", type(e).__name__, e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("/", type(e).__name__, e)
