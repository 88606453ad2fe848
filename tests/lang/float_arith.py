# float arithmetic and special values
inf = float("inf")
nan = float("nan")
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25, 7.0 // 2, 7.0 % 2, 2.0 ** 10)
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf * -inf, inf / inf)
print(1 / inf, -1 / inf, inf // 1, 5 % inf, -5 % inf)
print(nan + 1, nan * 0, nan == nan, nan != nan)
print(inf == inf, inf > 1e308, -inf < -1e308, inf == -inf)
print(0.0 == -0.0, -0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(abs(-0.0), abs(-inf), abs(-2.5))
print(2.5 * 4 == 10, 0.1 * 10 == 1.0, sum([0.1] * 10) == 1.0, sum([0.1] * 10))
print(1e308 + 1e308, -1e308 - 1e308, 1e-320 / 10, 5e-324 / 2)
print(1.0 + 2 ** 53, 2.0 ** 53 + 1.0)
print(3.0 * True, 3.0 + False)
for a, b in [(2.0, 1000), (10.0, 400), (-10.0, 309)]:
    try:
        print(a ** b)
    except OverflowError as e:
        print(type(e).__name__, e)
print((-8.0) ** 3, (-8.0) ** -1, 8.0 ** (1 / 3), 2 ** 0.5 * 2 ** 0.5)
print((-2.0) ** 2, (-2.0) ** 3, (-2.0) ** -2, 0.0 ** 0, 0.0 ** 2.5)
print(inf ** 0, nan ** 0, 1.0 ** nan, 1 ** inf, 2 ** -inf, 0.5 ** inf)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 1.0
for _ in range(5):
    x = x * 3.7 - 1.1
print(x)
x = 0.0
for i in range(1, 21):
    x += 1.0 / i
print(x)
print(-7.25 // 2, -7.25 % 2, 7.25 // -2, 7.25 % -2)
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
