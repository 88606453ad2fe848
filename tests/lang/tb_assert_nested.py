# Uncaught AssertionError with a message from a nested helper
def mean(values):
    assert values, "mean() of empty list"
    return sum(values) / len(values)

def report(groups):
    for name in sorted(groups):
        print(name, mean(groups[name]))

def checked_report(groups):
    try:
        report(groups)
    except AssertionError as e:
        print("handled:", e)

report({"a": [1, 2, 3], "b": [10]})
# an assert with a true condition does nothing
assert mean([2, 4]) == 3.0, "unreachable"
checked_report({"c": []})
report({"x": [4.5, 5.5], "y": [], "z": [1]})
print("not reached")
