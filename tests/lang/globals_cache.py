# Global lookups from functions must see every change to the namespace chain: rebinding,
# deleting, shadowing a builtin and removing the shadow, and names created after first use.
def use_len(x):
    return len(x)

print(use_len([1, 2, 3]))
len = lambda x: 42
print(use_len([1, 2, 3]))
del len
print(use_len([1, 2]))

counter = 0
def bump():
    global counter
    counter += 1
    return counter

for _ in range(5):
    bump()
print(counter)

def read_later():
    return later_name

try:
    read_later()
except NameError as e:
    print("NameError:", e)
later_name = "now defined"
print(read_later())
later_name = "rebound"
print(read_later())
del later_name
try:
    read_later()
except NameError as e:
    print("NameError again:", e)

def many():
    total = 0
    for i in range(100):
        total += abs(-i) + len(str(i))
    return total

print(many())
abs = lambda v: 0
print(many())
del abs
print(many())

# Many new globals inserted between calls (the scratch table grows and re-indexes).
def get_g0():
    return g0

g0 = "first"
print(get_g0())
filler0 = 0
filler1 = 1
filler2 = 2
filler3 = 3
filler4 = 4
filler5 = 5
filler6 = 6
filler7 = 7
filler8 = 8
filler9 = 9
filler10 = 10
filler11 = 11
filler12 = 12
filler13 = 13
filler14 = 14
filler15 = 15
filler16 = 16
filler17 = 17
filler18 = 18
filler19 = 19
filler20 = 20
filler21 = 21
filler22 = 22
filler23 = 23
filler24 = 24
filler25 = 25
filler26 = 26
filler27 = 27
filler28 = 28
filler29 = 29
filler30 = 30
filler31 = 31
filler32 = 32
filler33 = 33
filler34 = 34
filler35 = 35
filler36 = 36
filler37 = 37
filler38 = 38
filler39 = 39
filler40 = 40
filler41 = 41
filler42 = 42
filler43 = 43
filler44 = 44
filler45 = 45
filler46 = 46
filler47 = 47
filler48 = 48
filler49 = 49
filler50 = 50
filler51 = 51
filler52 = 52
filler53 = 53
filler54 = 54
filler55 = 55
filler56 = 56
filler57 = 57
filler58 = 58
filler59 = 59
print(get_g0(), filler59)
