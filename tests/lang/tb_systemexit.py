# Exiting with raise SystemExit: exit status, nothing on stderr
def finish(code):
    print("finishing with code", code)
    try:
        raise SystemExit(code)
    finally:
        print("finally still runs")

try:
    finish(0)
except SystemExit as e:
    print("caught SystemExit", e.code)

# SystemExit is not caught by `except Exception`
try:
    try:
        finish(7)
    except Exception:
        print("not reached")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)

finish(3)
print("not reached")
