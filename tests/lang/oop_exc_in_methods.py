# Exceptions raised and handled across methods, with chaining
class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(f"line {line}: {reason}")
        self.line = line

class Parser:
    def __init__(self, text):
        self.lines = text.split(";")

    def parse_line(self, i, s):
        key, sep, value = s.partition("=")
        if not sep:
            raise ParseError(i, f"missing '=' in {s!r}")
        try:
            return key.strip(), int(value)
        except ValueError as exc:
            raise ParseError(i, "value is not an int") from exc

    def parse(self):
        out = {}
        for i, s in enumerate(self.lines, 1):
            k, v = self.parse_line(i, s)
            out[k] = v
        return out

print(Parser("a=1; b = 2;c=30").parse())
for text in ["a=1;b", "a=1;b=x", "x=1;y=2;z=q"]:
    try:
        Parser(text).parse()
    except ParseError as e:
        cause = e.__cause__
        print(e, "| line", e.line, "| cause:", type(cause).__name__ if cause else None,
              "| suppress:", e.__suppress_context__)

# implicit chaining: exception raised while handling another
class Resource:
    def close(self):
        raise RuntimeError("close failed")
    def use(self):
        try:
            raise KeyError("during use")
        except KeyError:
            self.close()
try:
    Resource().use()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
