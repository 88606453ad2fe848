# Uncaught exception raised three calls deep
LIMIT = 100

def parse_record(text):
    name, value = text.split("=")
    return name.strip(), convert(value.strip())

def convert(value):
    return check_range(int(value))

def check_range(n):
    if n > LIMIT:
        raise ValueError("value %d out of range (max %d)" % (n, LIMIT))
    return n

# errors that are handled do not stop the program
try:
    parse_record("x = 1000")
except ValueError as e:
    print("handled:", e)

records = ["a = 1", "b = 50", "c = 500", "d = 2"]
for rec in records:
    print("parsed", parse_record(rec))
print("not reached")
