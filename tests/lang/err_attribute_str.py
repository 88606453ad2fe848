# ends with an uncaught AttributeError on a str method that doesn't exist
s = "Hello World"
print(s.lower(), s.upper(), s.swapcase())
print(hasattr(s, "title"), hasattr(s, "reverse"))
print(s.startswith("Hello"), s.endswith("d"), s.find("o"))
print(s.replace("World", "There"), s.split("o"))
print(getattr(s, "casefold")())
try:
    s.append("!")
except AttributeError as e:
    print("caught:", e)
try:
    [].lower()
except AttributeError as e:
    print("caught:", e)
words = s.split()
for w in words:
    print(w, len(w))
print("about to fail")
print(s.reverse())
print("not reached")
