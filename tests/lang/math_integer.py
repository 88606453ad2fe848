# factorial, comb, perm, gcd, lcm, isqrt on integers
import math

print([math.factorial(n) for n in range(11)])
print(math.factorial(25))
print(math.factorial(70))
print(len(str(math.factorial(500))))

print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(0, 0))
print(math.comb(100, 50))
print([math.comb(6, k) for k in range(7)])
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 4), math.perm(20, 10))
print(math.perm(30, 20))

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(7))
print(math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50), math.gcd(17, 19))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(5), math.lcm(0, 3), math.lcm(-4, 6))
print(math.lcm(*range(1, 21)))
print(math.lcm(2 ** 64, 3 ** 40))

print(math.isqrt(10 ** 100), math.isqrt(2 ** 200 - 1))
print(math.isqrt(123456789012345678901234567890))
print(math.isqrt(True))

def err(fn, *args):
    try:
        print(fn(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(fn.__name__, type(e).__name__ + ":", e)

err(math.factorial, -1)
err(math.factorial, 2.0)
err(math.factorial, 2.5)
err(math.factorial, "3")
err(math.comb, -1, 2)
err(math.comb, 5, -2)
err(math.comb, 5.0, 2)
err(math.perm, -3)
err(math.perm, 3, -1)
err(math.gcd, 1.5, 3)
err(math.lcm, 2, "4")
err(math.isqrt, -1)
err(math.isqrt, 4.0)
err(math.comb, 5)

# True/False are ints
print(math.factorial(True), math.gcd(True, 4), math.comb(True, False))
