# import forms for the math module
import math
from math import sqrt, floor as fl, pi
from math import (ceil,
                  gcd as greatest,
                  inf)
import math as m

print(sqrt(16), fl(2.7), pi, ceil(2.1), greatest(12, 8), inf)
print(m is math, m.sqrt is math.sqrt, sqrt is math.sqrt, fl is math.floor)
print(m.factorial(5), m.e)

# importing inside a function binds a local name
def local_import():
    import math as lm
    from math import tau
    return lm.cos(0), tau
print(local_import())
try:
    lm
except NameError as e:
    print("NameError:", e)

# from-import copies the binding; rebinding the local name does not affect the module
from math import e
e = "shadowed e"
print(e, math.e)

# importing twice returns the same module object
import math as again
print(again is math)

# importing a missing name
try:
    from math import does_not_exist
except ImportError as err:
    # the message includes a file path that varies; print only stable parts
    print(type(err).__name__, str(err).startswith("cannot import name 'does_not_exist' from 'math'"))

# importing inside a conditional and a loop
for i in range(2):
    if i:
        from math import hypot
        print(hypot(3, 4))

# module attributes can be read with getattr in a loop
for name in ["floor", "ceil", "trunc"]:
    print(name, getattr(math, name)(-2.5))

# global statement with an import inside a function
def make_global():
    global lg
    from math import log2 as lg
make_global()
print(lg(1024))
