# Uncaught exception raised while handling another exception
def risky(n):
    return 10 // n

def handler_with_bug(values):
    results = []
    for v in values:
        try:
            results.append(risky(v))
        except ZeroDivisionError:
            print("recovering from zero for", v)
            results.append(len(None))
    return results

def careful(values):
    results = []
    for v in values:
        try:
            results.append(risky(v))
        except ZeroDivisionError:
            results.append(None)
    return results

print(careful([1, 0, 3]))
print(handler_with_bug([1, 2, 5]))
print(handler_with_bug([3, 0, 1]))
print("not reached")
