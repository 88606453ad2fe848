# try/except/else/finally in every combination
def run(label, fn):
    print("--", label)
    try:
        fn()
    except Exception as e:
        print("escaped:", type(e).__name__, e)

def ok():
    return 1
def fail():
    raise ValueError("fail")

def t_except(body):
    def f():
        try:
            body()
            print("body done")
        except ValueError:
            print("except")
    return f

def t_except_else(body):
    def f():
        try:
            body()
        except ValueError:
            print("except")
        else:
            print("else")
    return f

def t_finally(body):
    def f():
        try:
            body()
            print("body done")
        finally:
            print("finally")
    return f

def t_all(body):
    def f():
        try:
            body()
        except ValueError as e:
            print("except", e)
        else:
            print("else")
        finally:
            print("finally")
    return f

for maker in [t_except, t_except_else, t_finally, t_all]:
    run(maker.__name__ + " ok", maker(ok))
    run(maker.__name__ + " fail", maker(fail))
