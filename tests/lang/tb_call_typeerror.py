# Uncaught TypeError from a bad call through a decorator
def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@logged
def area(width, height, *, unit="m"):
    return f"{width * height} {unit}^2"

print(area(2, 3))
print(area(2, height=5, unit="cm"))
try:
    area(2)
except TypeError as e:
    print("handled:", e)
try:
    area(2, 3, color="red")
except TypeError as e:
    print("handled:", e)
print(area(2, 3, "cm"))
print("not reached")
