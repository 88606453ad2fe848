def greet(name: str, punctuation: str = "!") -> str:
    return f"Hello, {name}{punctuation}"


names = ["world", "krait"]
print([greet(n) for n in names if n])
