# Uncaught exception whose class is nested inside another class (qualified name shown)
class Parser:
    class Error(Exception):
        pass

    class UnexpectedToken(Error):
        def __init__(self, token, pos):
            super().__init__(f"unexpected {token!r} at position {pos}")

    def __init__(self, text):
        self.tokens = text.split()

    def parse(self):
        total = 0
        op = "+"
        for pos, tok in enumerate(self.tokens):
            if pos % 2 == 0:
                if not tok.isdigit():
                    raise Parser.UnexpectedToken(tok, pos)
                total = total + int(tok) if op == "+" else total - int(tok)
            else:
                if tok not in "+-":
                    raise Parser.UnexpectedToken(tok, pos)
                op = tok
        return total

print(Parser("1 + 2 - 4").parse())
print(Parser.UnexpectedToken.__qualname__, [k.__name__ for k in Parser.UnexpectedToken.__mro__][:3])
try:
    Parser("1 * 2").parse()
except Parser.Error as e:
    print("handled:", type(e).__name__, e)
Parser("5 + x").parse()
