# int float str bool list tuple dict set frozenset constructors and type()
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset())
print(type(1), type(1.0), type("s"), type(True), type(None), type([]), type(()), type({}), type(set()))
print(type(b""), type(range(1)), type(slice(1)), type(print), type(len), type(lambda: 0).__name__)
print(type(int), type(type), type(object()).__name__, type(iter([])).__name__, type(zip()).__name__)
print(int.__name__, str.__name__, type(3) is int, type(True) is bool, type(True) is int)
print(str(1), str(1.0), str(True), str(None), str([1]), str((1,)), str({1: 2}), str(b"x"), str("s"))
print(repr(1), repr("s"), repr([1, "a"]), repr(None), repr(1.0), repr(b"\n"))
print(bool(0), bool(""), bool([]), bool({}), bool(()), bool(set()), bool(0.0), bool(None), bool("0"), bool([[]]))
print(list("ab"), list((1, 2)), list({1: "a"}), list(range(2)), list({"k": 1}.items()), list(b"hi"))
print(tuple([1, 2]), tuple("x"), dict([(1, 2)]), dict(a=1), set("aa"), frozenset([1, 1]))
print(float("  -1.5e3 "), int("  -15 "), int(" 0b101 ", 0), float(7), int(-7.9), int("-0"))
for f, arg in [(list, 5), (tuple, None), (dict, 5), (dict, [1]), (set, 1.5), (int, "1e3"), (float, "1e3x"), (int, None)]:
    try:
        print(f(arg))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(bool, (str, int)))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(type(1)(5), type("")(12), type([])("ab"), type(1.0)("2"), type(True)(0))
x = 5
print(type(x) == int, type(x) in (int, float), type(x).__name__ + "!", str(type(x)))
