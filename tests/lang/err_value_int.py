# ends with an uncaught ValueError from int('x')
inputs = ["10", " 20 ", "-3", "0x1f", "x"]
parsed = []
for s in inputs[:3]:
    parsed.append(int(s))
print(parsed, sum(parsed))
try:
    int(inputs[3])
except ValueError as e:
    print("caught:", e)
print(int(inputs[3], 16), int(inputs[3], 0))
del inputs[3]
def parse_all(xs):
    out = []
    for s in xs:
        out.append(int(s))
    return out
print(parse_all(["1", "2"]))
print("parsing bad input")
print(parse_all(inputs))
print("not reached")
