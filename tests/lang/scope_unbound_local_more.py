# UnboundLocalError after except-as, its NameError base class, free variables, import
count = 10

def aug_assign():
    count += 1

# except-as target is unbound after the handler
def except_target():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
try:
    except_target()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# UnboundLocalError is a subclass of NameError
print(issubclass(UnboundLocalError, NameError))
try:
    aug_assign()
except NameError as e:
    print("caught as NameError:", type(e).__name__)

# nested function reading an enclosing variable assigned later
def enclosing_late():
    def inner():
        return late_var
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    late_var = 1
    return inner()
print(enclosing_late())

# import binds a local name as well
def import_local():
    r = math
    import math
    return r
try:
    import_local()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
