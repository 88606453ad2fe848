# Generator-based tools: batching, windows, accumulate, unique

# batching
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
print(list(batched(range(7), 3)))
print(list(batched([], 3)))

# sliding windows
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(windows("abcde", 3)))

# running accumulate with an initial value
def accumulate(it, fn=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial if initial is not None else next(it)
    yield total
    for x in it:
        total = fn(total, x)
        yield total
print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b, 10)))

# unique while preserving order
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 4])))
