# Recursive functions
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)])
print(fact(30))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])

# memoised with a dict default
def fib_memo(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
print(fib_memo(90))

# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(51))

# recursion over nested structures
def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, (3, [4, [5]])], [], 6]))

def depth(x):
    if not isinstance(x, list) or not x:
        return 0 if not isinstance(x, list) else 1
    return 1 + max(depth(i) for i in x)
print(depth([1, [2, [3, [4]]]]), depth([]), depth(7))

# permutations by recursion
def perms(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            result.append([items[i]] + p)
    return result
print(perms([1, 2, 3]))

# Ackermann (small) and hanoi
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))

moves = []
def hanoi(n, src, dst, via):
    if n:
        hanoi(n - 1, src, via, dst)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), " ".join(moves))

# deep-ish recursion well within the default limit
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(500))
