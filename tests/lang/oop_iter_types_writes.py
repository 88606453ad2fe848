# type() of built-in iterators, writes to attributes of built-in values, slice equality
its = [iter([]), iter(()), iter(""), iter(range(3)), iter({}), iter({}.values()),
       iter({}.items()), iter(set()), iter(b""), enumerate([]), zip(), map(abs, []),
       filter(None, []), reversed([1])]
print([type(i).__name__ for i in its])
print(type(iter([1])) is type(iter([2])), type(iter([])) is type(iter(())))

class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
print(type(reversed(Seq())).__name__, list(reversed(Seq())))

# writing attributes of built-in values
for target, name in [("text", "upper"), ([], "append"), (1, "real"), (1.5, "imag"),
                     ("text", "nothing"), (range(3), "start")]:
    try:
        setattr(target, name, 0)
    except AttributeError as e:
        print(type(e).__name__, e)

# slices compare by value
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(2, 1))
print(slice(0, None, 2) == slice(0, None, 2), slice(1, 2) == (1, 2))
print([slice(1, 2)] == [slice(1, 2)], slice(1, 2) in [slice(1, 2)])
