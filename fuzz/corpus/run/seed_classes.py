class A:
    def __init__(s, v):
        s.v = v
    def __repr__(s):
        return f'A({s.v!r})'
    def __eq__(s, o):
        return isinstance(o, A) and s.v == o.v
    def __hash__(s):
        return hash(s.v)
def gen(n):
    for i in range(n):
        yield A(i)
try:
    d = {a: str(a) for a in gen(5)}
    print(sorted(d.values(), key=len), [*map(repr, d)], max(range(3)))
    raise ValueError('x') from KeyError(1)
except ValueError as e:
    print(type(e).__name__, e.__cause__)
finally:
    print('%s %d' % ('a', 3), '{:>5}'.format(2.5), 10**20 // 7)
