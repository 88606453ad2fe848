# Uncaught RecursionError from unbounded recursion
def depth(n):
    return n if n <= 0 else 1 + depth(n - 1)

print(depth(10))
print(depth(100))

def runaway(n):
    return runaway(n + 1) + 1

# a caught RecursionError leaves the interpreter usable
try:
    runaway(0)
except RecursionError as e:
    print("handled:", e)
print(depth(50))

print("starting runaway recursion")
runaway(0)
print("not reached")
