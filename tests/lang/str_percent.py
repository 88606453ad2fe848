# printf-style % formatting
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%r %r %a" % ("x", 'it\'s', "é"))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%c%c%c" % (72, "i", 33), "%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%f %.3f %10.2f %-10.2f| %e %.2E %g %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-5, 123456789.0, 1e20))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Bob", "age": 42})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%i %u" % (7, 8), "%d" % 3.99, "%d" % True, "%s" % None, "%.0f" % 2.5, "%x" % -255)
print("%s" % "", "%%", "%%%s%%" % "x", "no args" % ())
print("%d items" % 10 ** 20, "%x" % 2 ** 70, "%o" % -8)
errors = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", {"j": 1}),
          ("%c", "ab"), ("%c", -1), ("%x", 1.5), ("%(a)s %s", {"a": 1}), ("%", ())]
for fmt, arg in errors:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
name, n = "widgets", 3
msg = "There are %d %s" % (n, name)
print(msg, len(msg))
print("%-10s|%10s|" % ("left", "right"), "%3s|" % "toolong")
print("%.3s|%s" % ("日本語テキスト", "ok"), "%5.1f%%" % 99.44)
