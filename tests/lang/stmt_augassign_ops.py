# Augmented assignment with every operator on ints, floats and sequences
x = 17
x += 3; print(x)
x -= 5; print(x)
x *= 4; print(x)
x //= 7; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x &= 0b1011; print(x)
x |= 0b10000; print(x)
x ^= 0b11111; print(x)
x /= 4; print(x)

f = 2.5
f += 1; print(f)
f *= 2; print(f)
f //= 2; print(f)
f %= 2.5; print(f)
f **= 0.5; print(repr(f))
f -= 10; print(f)

n = -7
n //= 2; print(n)
n = -7
n %= 3; print(n)
n = 7
n %= -3; print(n)
