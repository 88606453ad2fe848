# ends with an uncaught ZeroDivisionError
def average(xs):
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
print(divmod(17, 5), 17 % 5, -17 // 5)
print(1 / 4, 2 ** -2, 0 / 7)
print(0.0 * 5, 5 % 3.0)
print(average([10]))
totals = [4, 8, 0]
for t in totals:
    try:
        print(100 // t)
    except ZeroDivisionError as e:
        print("caught:", e)
data = {"a": [1, 2], "b": []}
for key in data:
    print(key, len(data[key]))
print("now failing")
print(average(data["b"]))
print("not reached")
