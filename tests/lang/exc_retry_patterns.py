# Common exception-handling patterns in loops
attempts = []
def flaky(n):
    attempts.append(n)
    if n < 3:
        raise ConnectionError("attempt %d failed" % n)
    return "success on attempt %d" % n

for i in range(1, 6):
    try:
        result = flaky(i)
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    else:
        print(result)
        break
else:
    print("gave up")
print(attempts)

# parse a list, collecting errors
raw = ["1", "2.5", "x", "", "7", None]
good, bad = [], []
for item in raw:
    try:
        good.append(int(item))
    except ValueError as e:
        bad.append(("ValueError", str(e)))
    except TypeError as e:
        bad.append(("TypeError", str(e)))
print(good)
for b in bad:
    print(b)

# EAFP dictionary access versus get
config = {"host": "localhost"}
def lookup(key):
    try:
        return config[key]
    except KeyError:
        return "<default %s>" % key
print(lookup("host"), lookup("port"))
