# Comparisons across int, float, bool
print(1 == 1.0, 1 != 1.0, 2 > 1.5, -1 < -0.5, 0 == -0.0, 0 == False)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 == nan, nan is nan)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(1 < 2 > 0, 5 >= 5 <= 5, 1 != 2 != 1)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 != 6)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(max(2, 2.5, True), min([3, 2.0, 2]))
print(sorted([3, 1.5, 2, -1, 0.0, True, False]))
print(0.1 + 0.2 > 0.3, 1 / 3 == 0.3333333333333333)
print(2 ** 1000 > 1.7976931348623157e308)
print((2 ** 1000) == float("inf"))
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
for a, b in [(1, "1"), (None, None), ([1], [1])]:
    print(a == b, a != b)
for a, b in [(1, "1"), (None, 1), ([1], (1,)), ("a", 1.0)]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(None > None)
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] < [1, 2, 0], (1, 2.0) == (1, 2), [1, 2] == [1.0, 2.0])
