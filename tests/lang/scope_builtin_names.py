# Parameters, sibling locals, and builtin names used as variables
x = "global x"

# parameters are locals
def param_shadow(x):
    return x
print(param_shadow("param x"), x)

# locals of sibling functions are independent
def sib1():
    v = 1
    return v
def sib2():
    try:
        return v
    except NameError as e:
        return "NameError: " + str(e)
print(sib1(), sib2())

# builtin names usable as variable names locally
def builtin_names():
    list = [1, 2]
    str = "s"
    max = 0
    return list, str, max
print(builtin_names(), list("ab"), str(5), max(1, 2))

# True/False/None are keywords, but print/len/range are just names
range_ = range
def range(n):
    return "custom range " + str(n)
print(range(3))
del range
print(list(range(3)), range_ is range)
