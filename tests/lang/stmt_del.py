# del of names, items, slices and nested targets
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)

a, b, c = 1, 2, 3
del a, b
print(c)
try:
    print(a)
except NameError as e:
    print("NameError:", e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

nested = {"k": [1, 2, {"z": 0, "w": 1}]}
del nested["k"][2]["z"], nested["k"][0]
print(nested)
