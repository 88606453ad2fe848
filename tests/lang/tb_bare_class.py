# Uncaught exception raised as a bare class with no message, after a finally
def cleanup_then_fail(items):
    try:
        for i in items:
            if i < 0:
                raise IndexError
            print("item", i)
    finally:
        print("cleanup done")

cleanup_then_fail([1, 2])
try:
    cleanup_then_fail([-5])
except IndexError as e:
    print("handled:", repr(e), e.args, repr(str(e)))

# a handler that does not match lets it continue to the top level
try:
    cleanup_then_fail([3, -1, 4])
except KeyError:
    print("not reached")
print("not reached")
