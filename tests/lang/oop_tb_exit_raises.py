# Uncaught exception raised by __exit__ while another exception is propagating
class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []

    def __enter__(self):
        print(f"begin {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            print(f"commit {self.name}: {self.ops}")
            return False
        print(f"rollback {self.name} after {et.__name__}: {ev}")
        if self.name == "fragile":
            raise RuntimeError(f"rollback of {self.name} failed")
        return False

with Transaction("ok") as t:
    t.ops.append("insert")

try:
    with Transaction("sturdy") as t:
        t.ops.append("update")
        raise ValueError("constraint violated")
except ValueError as e:
    print("handled:", e)

with Transaction("fragile") as t:
    t.ops.append("delete")
    raise KeyError("row 7")
print("not reached")
