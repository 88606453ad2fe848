# Uncaught UnboundLocalError
total = 0

def add_global(values):
    global total
    for v in values:
        total += v
    return total

def add_all(values):
    for v in values:
        total += v
    return total

print(add_global([1, 2, 3]))
try:
    add_all([1])
except UnboundLocalError as e:
    print("handled:", e)
print("adding")
print(add_all([1, 2, 3]))
print("not reached")
