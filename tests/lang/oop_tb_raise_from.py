# Uncaught exception raised with `raise ... from` inside a method
class ConfigError(Exception):
    pass

class Config:
    def __init__(self, raw):
        self.raw = raw

    def get_int(self, key):
        try:
            return int(self.raw[key])
        except KeyError as exc:
            raise ConfigError(f"missing key {key!r}") from exc
        except ValueError as exc:
            raise ConfigError(f"key {key!r} is not an integer: {self.raw[key]!r}") from exc

cfg = Config({"port": "8080", "workers": "four"})
print(cfg.get_int("port"))
for key in ["timeout", "workers"]:
    try:
        cfg.get_int(key)
    except ConfigError as e:
        print("handled:", e, "| cause:", type(e.__cause__).__name__)
cfg.get_int("workers")
print("not reached")
