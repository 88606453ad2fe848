# lambda expressions
sq = lambda x: x * x
print(sq(7), sq.__name__)

add = lambda a, b=10, *rest, k=0, **kw: (a + b + sum(rest) + k, kw)
print(add(1), add(1, 2, 3, 4, k=5, z=6))

print((lambda: "no args")())
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda a, /, b: (a, b))(1, b=2))
print((lambda *, key: key)(key="kw"))

# lambdas with conditional expressions and nested lambdas
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-2, 0, 5)])

curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))

# lambdas as keys
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words, key=lambda w: w[-1]))
pairs = [(1, "b"), (2, "a"), (1, "a")]
print(sorted(pairs, key=lambda p: (p[1], -p[0])))

# map/filter with lambdas
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 3 == 0, range(20))))

# lambda capturing a variable (late binding)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

# lambda with walrus inside
counter = []
bump = lambda: counter.append(len(counter)) or len(counter)
print(bump(), bump(), counter)
print((lambda x: (y := x * 2) + y)(5))

# immediately invoked lambda returning a tuple
print((lambda a, b: (b, a))("first", "second"))

# lambda in a dict dispatch table
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(repr(sq)[:17])
