# while loops with else, break and continue
i = 0
while i < 5:
    i += 1
else:
    print("else ran, i =", i)

i = 0
while i < 5:
    if i == 3:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")

# else runs when the condition is false from the start
while False:
    print("never")
else:
    print("else on empty while")

# continue skips to the condition
i = 0
odds = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odds.append(i)
else:
    print("odds", odds)

# collatz
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 12)])

# while True with break and walrus
stack = [1, 2, 3, 4]
while (top := stack.pop()) != 2:
    print("popped", top)
print("stopped at", top, stack)

# nested while with break only leaving the inner loop
result = []
a = 0
while a < 3:
    b = 0
    while True:
        if b > a:
            break
        result.append((a, b))
        b += 1
    a += 1
print(result)

# else after continue on the final iteration still runs
n = 0
while n < 3:
    n += 1
    continue
else:
    print("else after continue", n)
