# del of target lists, errors, del inside functions and in loops
lst = []

# del a tuple/list of targets
p, q, r = 1, 2, 3
del (p, q), [r]
try:
    print(q)
except NameError as e:
    print("NameError:", e)
try:
    print(r)
except NameError as e:
    print("NameError:", e)

try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)

t = (1, 2, 3)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)

def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())

def g():
    try:
        del never_defined_local
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g())

# rebinding after del
z = 1
del z
z = 2
print(z)

# del in a loop over a copy
nums = [1, 2, 3, 4, 5, 6]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 2 == 0:
        del nums[i]
print(nums)
