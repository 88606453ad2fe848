# break and continue interacting with finally

# break through finally
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("  finally for i =", i)
print("broke at", i)

# continue through finally
out = []
for i in range(4):
    try:
        if i % 2:
            continue
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)

# break in finally cancels an exception
def break_cancels():
    for i in range(3):
        try:
            raise RuntimeError("cancelled")
        finally:
            break
    return "exception discarded, i = %d" % i
print(break_cancels())

# continue in finally cancels an exception too
def continue_cancels():
    count = 0
    for i in range(3):
        try:
            raise RuntimeError("x")
        finally:
            count += 1
            continue
    return count
print(continue_cancels())

# nested finally blocks run innermost first
def nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested())

# return in except, finally still runs
def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("  finally after except return")
print(except_return())

# while loop with try/finally and else
n = 0
while n < 3:
    try:
        n += 1
    finally:
        pass
else:
    print("while else, n =", n)
