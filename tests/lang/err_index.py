# ends with an uncaught IndexError
items = ["a", "b", "c"]
for i in range(len(items)):
    print(i, items[i])
print(items[1:10], items[-10:1], "abc"[5:])
print(len(items), items.index("c"))
print(items[-3])
try:
    items[3]
except IndexError as e:
    print("caught:", e)
queue = list(range(3))
while queue:
    print("pop", queue.pop(0))
t = (1, 2)
print(t[1], t[-2])
def get(seq, n):
    return seq[n]
print(get("xyz", 2))
print(get(items, 5))
print("not reached")
