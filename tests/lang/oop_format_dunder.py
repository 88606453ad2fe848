# __format__ and its interaction with format(), f-strings and str.format
class Temperature:
    def __init__(self, celsius):
        self.c = celsius

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "degF"
        if spec.endswith("K"):
            return format(self.c + 273.15, spec[:-1] + "f") + "K"
        return format(self.c, spec) + "degC"

    def __str__(self):
        return f"{self.c} degrees"

t = Temperature(21.5)
print(format(t), format(t, ".1F"), format(t, ".0K"), format(t, "8.2f"))
print(f"{t}|{t:.2F}|{t:K}|{t!s}|{t!s:>12}")
print("{0} {0:.1F} {0:.3}".format(t))
print(str(t))

# spec passed through verbatim, including nested replacement fields
class Echo:
    def __format__(self, spec):
        return f"<{spec}>"
e = Echo()
width = 7
print(f"{e:abc}", f"{e:{width}d}", f"{e:}", "{:x{}y}".format(e, 5), format(e, "!!"))

# __format__ must return a str
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as err:
    print(type(err).__name__, err)

# object.__format__ rejects non-empty specs
class Plain:
    def __str__(self):
        return "plain"
print(f"{Plain()}", format(Plain(), ""))
try:
    f"{Plain():>10}"
except TypeError as err:
    print(type(err).__name__, err)
print(f"{Plain()!s:>10}|")     # conversion first, then str formatting

# __format__ inherited from builtin bases
class Celsius(float):
    def __str__(self):
        return f"{float(self)}C"
c = Celsius(3.14159)
print(f"{c}", f"{c:.2f}", format(c, "e"), str(c))

# format with conversion flags skips __format__ of the object
class Loud:
    def __format__(self, spec):
        return "FORMAT"
    def __repr__(self):
        return "REPR"
    def __str__(self):
        return "STR"
lo = Loud()
print(f"{lo} {lo!r} {lo!s} {lo!a}", "{} {!r}".format(lo, lo))
print("%s %r" % (lo, lo))

# a table formatted via __format__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"{self.cents // 100}.{self.cents % 100:02d}"
        return format(s, spec or "")
for item, cost in [("tea", Money(250)), ("cake", Money(1205))]:
    print(f"{item:<6}{cost:>8}")
