# Uncaught exception raised with `raise ... from ...`
config = {"host": "localhost", "port": "8080"}

def get_setting(key):
    try:
        return config[key]
    except KeyError as exc:
        raise LookupError(f"missing setting {key!r}") from exc

def get_int(key):
    return int(get_setting(key))

print(get_setting("host"))
print(get_int("port") + 1)

try:
    get_setting("user")
except LookupError as e:
    print("handled:", e, "| cause:", repr(e.__cause__))

print(get_setting("timeout"))
print("not reached")
