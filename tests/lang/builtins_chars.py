# chr ord ascii bin oct hex repr format callable
print(chr(65), chr(0x263A), chr(0x1F40D), ord("A"), ord("\n"), ord("\u263a"), ord("\U0001F40D"))
print([chr(i) for i in range(97, 102)], [ord(c) for c in "hé😀"])
print(ascii("abc"), ascii("é"), ascii("日本"), ascii([1, "ü"]), ascii("\n"), ascii(1.5), ascii(None))
print(bin(10), bin(-10), oct(64), oct(-64), hex(3054), hex(-3054), bin(0), hex(2 ** 64))
print(repr(1), repr("a'b"), repr('a"b'), repr(["x"]), repr((1,)), repr({"k": "v"}))
print(callable(print), callable(len), callable(lambda: 0), callable(1), callable("s"), callable(int), callable(None))
def f():
    return 1
print(callable(f), callable(f()), callable([].append), callable(str.upper))
print(format(65, "c"), format("x", "^3"), format(3.5, "08.3f"))
for call in [lambda: chr("a"), lambda: chr(1.5), lambda: ord(5), lambda: ord("ab"), lambda: chr(-5)]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(hex(255).upper(), int(hex(255), 16), bin(5)[2:].zfill(8), oct(8)[2:])
print(getattr("abc", "upper")(), getattr([], "nope", "default"), hasattr("s", "strip"), hasattr(1, "nope"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr("s", "upper", 2)
except AttributeError as e:
    print(type(e).__name__, e)
method = getattr(" pad ", "strip")
print(repr(method()), getattr(3, "bit_length")(), getattr(2.5, "is_integer")())
o = object()
print(type(o).__name__, hasattr(o, "x"), isinstance(o, object), callable(object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(object() != object(), o == o)
