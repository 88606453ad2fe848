# every list method
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
a.extend((x for x in [7]))
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1))
print(a)
a.remove(1)
print(a, a.index(1), a.index(9), a.index(1, 4) if 1 in a[4:] else "no", a.count(1), a.count("zz"))
print(a.index(4, 0, 3))
for call in [lambda: a.remove(100), lambda: a.index(100), lambda: a.index(3, 1),
             lambda: [].pop(), lambda: a.pop(100), lambda: a.insert("x", 1)]:
    try:
        print(call())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
b = a.copy()
b.append("copy")
print(len(a), len(b), b is a, b == a, b[:-1] == a)
a.reverse()
print(a)
a.clear()
print(a, len(a))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(nums.sort() is None, sorted(nums) is not nums)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
x = [1, 2]
x += [3]
x += (4,)
x += "5"
x *= 2
print(x)
try:
    x = x + (1,)
except TypeError as e:
    print(type(e).__name__, e)
