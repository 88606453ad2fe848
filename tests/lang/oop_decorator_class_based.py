# Classes used as decorators (instances with __call__)
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
        self.__name__ = func.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.calls, type(square).__name__, square.__name__)

# class decorator with arguments
class Retry:
    def __init__(self, times):
        self.times = times
    def __call__(self, func):
        def wrapper(*args):
            last = None
            for attempt in range(1, self.times + 1):
                try:
                    return func(attempt, *args)
                except ValueError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {self.times} attempts") from last
        return wrapper

@Retry(3)
def flaky(attempt, succeed_on):
    if attempt < succeed_on:
        raise ValueError(f"not yet ({attempt})")
    return f"ok on attempt {attempt}"

print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__)
