# assert statements with and without messages
def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        print("ok")
    except AssertionError as e:
        print("AssertionError args=%r str=%r" % (e.args, str(e)))

check(True)
check(1 == 1, "never shown")
check(False)
check(0, "zero is falsy")
check([], ["a", "list", "message"])
check(None, 42)
check("", None)
check(2 + 2 == 5, "math is %s" % "hard")

# message is evaluated lazily
log = []
def msg():
    log.append("evaluated")
    return "message"
assert True, msg()
print(log)
try:
    assert False, msg()
except AssertionError as e:
    print(e, log)

# assert with a compound condition and an f-string message
x = 5
assert x > 0 and x < 10, f"x out of range: {x}"
print("x in range")

# AssertionError is an Exception
try:
    assert x < 0, "negative expected"
except Exception as e:
    print(type(e).__name__, isinstance(e, AssertionError), e)

# raising AssertionError manually
try:
    raise AssertionError("manual", 2)
except AssertionError as e:
    print(e.args, str(e))

def validate(n):
    assert isinstance(n, int), "need int, got " + type(n).__name__
    assert n >= 0, n
    return n * 2
for v in [3, -4, "s", 2.0]:
    try:
        print(validate(v))
    except AssertionError as e:
        print("invalid:", repr(e))
