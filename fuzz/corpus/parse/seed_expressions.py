# Expressions: precedence, associativity and every node kind.
e = a or b and not c
e = a if b else c if d else e
e = lambda: 0
e = lambda x, y=1, *a, k, kk=2, **kw: x
e = lambda *, k: k
e = lambda a, /, b: a
e = (x := 10)
e = [y := f(x), y ** 2]
e = a < b <= c > d >= e == f != g in h not in i is j is not k
e = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
e = -a ** -b
e = (-a) ** b
e = a ** b ** c
e = ~a + +b - -c
e = not not a
e = a[1], a[1:2], a[::2], a[:], a[1:2:3], a[1:2, 3], a[...], a[:, None], a[*b]
e = a.b.c(d)(e)[f].g
e = f(a, *b, c=d, **e)
e = f(*a, *b, **c, **d)
e = f(x for x in y)
e = f((x for x in y), 1)
e = f(a)(b)(c)
e = f(k=1, *args)
e = [x for x in y if x if not x for z in x]
e = {x for x in y}
e = {k: v for k, v in d.items() if k}
e = (x for x in y)
e = [(x, y) for x in a for y in b]
e = [*a, *b]
e = {**a, 'b': 1, **c}
e = {*a, 1}
e = (*a, 1)
e = *a, b
e = (1,)
e = ()
e = 1,
e = [[1, 2], [3, 4]][0][1]
e = {}
e = {1: 2, 3: 4,}
e = {1, 2, 3,}
e = 'a' if x else 'b'
e = a if b else lambda: c
e = [lambda: x for x in y]
e = f(**{'a': 1})
e = x.real.imag
e = 1 .real
e = 1.0.real
e = 1if x else 2
e = [1for x in y]
e = ((((((((((1))))))))))
e = a[b][c][d]
e = (yield)
e = f(a=1)(b=2)
e = a @ b
e = a if b else(c)
e = (a
     + b
     - c)
e = [
    1,
    2,
]
e = x[lambda: 1:2]
