# return, break and continue interacting with finally
def return_in_try():
    try:
        return "try"
    finally:
        print("  finally runs before return")
print(return_in_try())

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())

def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x changed to", x)
print(return_value_evaluated_before_finally())

def mutable_return():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(mutable_return())
