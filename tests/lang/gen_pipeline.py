# Generator pipelines and lazy evaluation order
trace = []

def source(items):
    for it in items:
        trace.append("src %s" % it)
        yield it

def double(gen):
    for v in gen:
        trace.append("dbl %s" % v)
        yield v * 2

def only_big(gen, limit):
    for v in gen:
        if v > limit:
            trace.append("keep %s" % v)
            yield v

pipe = only_big(double(source([1, 5, 2, 8])), 4)
print(trace)
print(next(pipe))
print(trace)
print(list(pipe))
for line in trace:
    print(line)

# word statistics pipeline
text = """the quick brown fox
jumps over the lazy dog
the end"""
def lines(t):
    yield from t.split("\n")
def words(ls):
    for l in ls:
        yield from l.split()
def lengths(ws):
    return (len(w) for w in ws)
print(sum(lengths(words(lines(text)))))
counts = {}
for w in words(lines(text)):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
