# Error behaviour of the math module
import math

def check(label, fn, *args):
    try:
        r = fn(*args)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("sqrt(-1)", math.sqrt, -1)
check("sqrt(-1e-300)", math.sqrt, -1e-300)
check("sqrt(-inf)", math.sqrt, -math.inf)
check("sqrt(10**400)", math.sqrt, 10 ** 400)
check("exp(1000)", math.exp, 1000)
check("exp(710)", math.exp, 710)
check("exp(-1000)", math.exp, -1000)
check("expm1(1000)", math.expm1, 1000)
check("pow(10, 400)", math.pow, 10, 400)
check("pow(-1, 0.5)", math.pow, -1, 0.5)
check("pow(0, -1)", math.pow, 0, -1)
check("pow(0.0, -inf)", math.pow, 0.0, -math.inf)
check("pow(-0.0, -3)", math.pow, -0.0, -3)
check("acos(2)", math.acos, 2)
check("log(-0.0)", math.log, -0.0)
check("fmod(inf, 2)", math.fmod, math.inf, 2)
check("cosh(1e5)", math.cosh, 1e5)
check("ldexp(1, 5000)", math.ldexp, 1, 5000)
check("factorial(-5)", math.factorial, -5)
check("isqrt(-4)", math.isqrt, -4)

# type errors
check("sqrt('4')", math.sqrt, "4")
check("sqrt(None)", math.sqrt, None)
check("sqrt([4])", math.sqrt, [4])
check("sqrt()", math.sqrt)
check("sqrt(1, 2)", math.sqrt, 1, 2)
check("pow(2)", math.pow, 2)
check("floor(None)", math.floor, None)
check("gcd('a')", math.gcd, "a")
check("hypot(1, 'b')", math.hypot, 1, "b")
check("exp('x')", math.exp, "x")
check("factorial(1e3)", math.factorial, 1e3)

# keyword arguments are not accepted by most math functions
try:
    math.sqrt(x=4)
except TypeError as e:
    print("TypeError:", e)
try:
    math.log(8, base=2)
except TypeError as e:
    print("TypeError:", e)

# errors are ordinary exceptions
print(issubclass(OverflowError, ArithmeticError), issubclass(ValueError, Exception))
try:
    math.sqrt(-2)
except ArithmeticError:
    print("not arithmetic")
except ValueError as e:
    print("ValueError args:", e.args)
try:
    math.exp(1e6)
except ArithmeticError as e:
    print("ArithmeticError subclass:", type(e).__name__, e.args)
