# str.format and format_map
print("{} {} {}".format(1, "a", [2]), "{0} {1} {0}".format("x", "y"), "{1}{0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30), "{0[0]} {0[1]}".format(["p", "q"]))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "one"}), "{0[2]}".format("xyz"))
print("{{}} {{{}}} {{0}}".format(5), "{:>5}|{:<5}|{:^5}|".format("a", "b", "c"))
print("{0:{1}}|{0:>{1}}|{2:{3}{4}}|".format("ab", 6, 3.14159, ".", "2f"))
print("{0!r} {1!s} {2!a} {0!r:>8}".format("x", "y", "é"), "{:d}".format(True))
print("{0} {0!r} {0:5}|".format("s"), "{}".format(None), "{:>5}|".format("n"))
print("{:,}".format(1234567), "{:_x}".format(0xFFFFFF), "{:.2%}".format(0.4567))
vals = {"a": 1, "b": 2}
print("{a}+{b}".format_map(vals), "{a}".format(**vals), "{}{}".format(*"xy"))
print("{0}{1}{0}".format(*["ab", "cd"]), "{x}{y}".format(x=1, **{"y": 2}))
errors = [("{}", ()), ("{0} {}", (1, 2)), ("{2}", (1,)), ("{x}", ()), ("{", ()), ("}", ()),
          ("{0:d}", ("s",)), ("{:x}", (1.5,)), ("{0[x]}", ({"y": 1},)), ("{:,s}", ("a",)), ("{!z}", (1,)),
          ("{:<<<}", (1,)), ("{0[5]}", ([1],)), ("{:=10}", ("s",)), ("{:+}", ("s",))]
for fmt, args in errors:
    try:
        print(repr(fmt), fmt.format(*args))
    except (IndexError, KeyError, ValueError, TypeError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 12.0, 1)]
for name, price, qty in table:
    print("{:<12}{:>8.2f}{:>5d}{:>10.2f}".format(name, price, qty, price * qty))
print("{:*^30}".format(" total "), "{0:-^{1}}".format("x", 7))
print("{:#x} {:#o} {:#b} {:08.3f} {:+d} {: d}".format(255, 8, 5, 3.14159, 7, 7))
