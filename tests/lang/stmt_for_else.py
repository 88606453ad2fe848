# for loops with else, break, continue, and various iterables
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([5, 6, 7], 6)
find([5, 6, 7], 9)
find([], 1)

# primes with for/else
primes = []
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

# loop variable persists after loop
for k in range(3):
    pass
print("k =", k)

# empty loop leaves variable unbound
def empty():
    for j in []:
        pass
    try:
        return j
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(empty())

# iterate over strings, dicts, tuples, ranges with step
for ch in "abc":
    print(ch, end=" ")
print()
d = {"x": 1, "y": 2}
for key in d:
    print(key, d[key], end="; ")
print()
for key, value in d.items():
    print(key, "=", value, end="; ")
print()
print(list(range(10, 0, -3)))

# modifying the loop variable does not affect iteration
for i in range(3):
    print(i, end=" ")
    i = 100
print()

# continue inside for/else: else still runs
for i in range(4):
    if i % 2:
        continue
    print("even", i)
else:
    print("done evens")

# assignment to subscript as loop target
arr = [0, 0, 0]
for arr[0] in range(5):
    pass
print(arr)
