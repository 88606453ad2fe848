# Unpacking assignment with starred targets and nested targets
a, b, c = [1, 2, 3]
print(a, b, c)

a, *b = "hello"
print(a, b)

*a, b = range(5)
print(a, b)

a, *b, c = (1, 2)
print(a, b, c)

a, *b, c = [1, 2, 3, 4, 5, 6]
print(a, b, c)

(a, b), (c, d) = [(1, 2), (3, 4)]
print(a, b, c, d)

[a, [b, *c]], d = [[1, [2, 3, 4]], 5]
print(a, b, c, d)

for x, (y, *z) in [(1, (2, 3, 4)), (5, (6,))]:
    print(x, y, z)

# unpacking from a generator and a dict
a, b, c = (i * i for i in range(3))
print(a, b, c)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)

# errors
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = [1, 2]
def star_too_few():
    a, b, *c, d = [1, 2]
def not_iterable():
    a, b = 5
def one_few():
    a, b = [1]
attempt(too_many)
attempt(too_few)
attempt(star_too_few)
attempt(not_iterable)
attempt(one_few)

# star target always gets a list
*s, = (1, 2)
print(s, type(s).__name__)
*s, = ""
print(s)
