# pass, semicolons, one-line compound statements, line continuations
def nothing():
    pass
print(nothing())

def only_doc():
    "docstring only"
print(only_doc(), only_doc.__doc__)

def ellipsis_body():
    ...
print(ellipsis_body())

a = 1; b = 2; c = a + b; print(c)

if c > 2: print("one-line if")
else: print("no")

for i in range(3): print("loop", i)

n = 0
while n < 2: n += 1
print("n", n)

def one_liner(x): return x * 2
print(one_liner(21))

try: 1 / 0
except ZeroDivisionError: print("caught inline")
finally: print("finally inline")

# backslash continuation
total = 1 + \
    2 + \
    3
print(total)

# implicit continuation inside brackets
values = [
    1,
    2,   # comment inside
    3,
]
print(values, sum(
    values
))

# a pass-only loop body still iterates
count = 0
for _ in range(5):
    pass
print(_)

# nested blocks of pass
if True:
    if True:
        pass
    pass
print("end")

# statements after a semicolon in a block
if True: x = 1; y = 2; print(x + y)
