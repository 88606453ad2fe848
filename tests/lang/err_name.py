# ends with an uncaught NameError
def greet(name):
    return "hello " + name
print(greet("world"))
try:
    print(undefined_thing)
except NameError as e:
    print("caught:", e)
x = 10
del x
try:
    print(x)
except NameError as e:
    print("caught:", e)
counter = 0
for i in range(3):
    counter += i
print(counter)
def uses_missing():
    return missing_helper(3) + 1
print("calling")
print(uses_missing())
print("not reached")
