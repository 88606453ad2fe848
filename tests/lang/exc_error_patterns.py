# Exception-handling patterns: cleanup, return codes, fallbacks, counting

# cleanup with finally in a loop that breaks
opened = []
for name in ["a", "b", "c"]:
    opened.append("open " + name)
    try:
        if name == "b":
            break
    finally:
        opened.append("close " + name)
print(opened)

# converting exceptions to return codes
def safe_div(a, b):
    try:
        return a / b, None
    except ZeroDivisionError as e:
        return None, str(e)
    except TypeError as e:
        return None, str(e)
print(safe_div(1, 4), safe_div(1, 0), safe_div("1", 2))

# first successful conversion
def first_ok(value, converters):
    errors = []
    for conv in converters:
        try:
            return conv(value)
        except (ValueError, TypeError) as e:
            errors.append(type(e).__name__)
    raise ValueError("no converter worked: " + ", ".join(errors))
print(first_ok("12", [int, float]))
print(first_ok("1.5", [int, float]))
try:
    first_ok("abc", [int, float])
except ValueError as e:
    print(e)

# counting exceptions by type
counts = {}
for expr in [lambda: 1 / 0, lambda: [][0], lambda: {}[0], lambda: 1 / 0, lambda: int("q")]:
    try:
        expr()
    except Exception as e:
        name = type(e).__name__
        counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))
