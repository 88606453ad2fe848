# Uncaught RuntimeError: generator raised StopIteration
def pairs(it):
    it = iter(it)
    while True:
        a = next(it)
        b = next(it)
        yield a, b

def safe_pairs(it):
    it = iter(it)
    for a in it:
        b = next(it, None)
        yield a, b

print(list(safe_pairs([1, 2, 3])))
try:
    list(pairs([1, 2]))
except RuntimeError as e:
    print("handled:", e, "| cause:", type(e.__cause__).__name__)

for p in pairs([1, 2, 3, 4, 5]):
    print("pair", p)
print("not reached")
