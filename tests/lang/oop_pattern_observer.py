# Observer pattern with bound methods and callable objects as listeners
class EventBus:
    def __init__(self):
        self.listeners = {}

    def subscribe(self, event, callback):
        self.listeners.setdefault(event, []).append(callback)
        return lambda: self.listeners[event].remove(callback)

    def emit(self, event, *args):
        results = []
        for cb in list(self.listeners.get(event, [])):
            results.append(cb(*args))
        return results

class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []
    def on_message(self, msg):
        self.lines.append(f"{self.prefix}{msg}")
        return len(self.lines)

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *args):
        self.n += 1
        return self.n

bus = EventBus()
log_a, log_b = Logger("A:"), Logger("B:")
count = Counter()
bus.subscribe("msg", log_a.on_message)
unsub_b = bus.subscribe("msg", log_b.on_message)
bus.subscribe("msg", count)
bus.subscribe("other", lambda x: x * 2)

print(bus.emit("msg", "hello"))
print(bus.emit("msg", "world"))
unsub_b()
print(bus.emit("msg", "again"))
print(bus.emit("other", 21), bus.emit("nothing"))
print(log_a.lines, log_b.lines, count.n)

# bound methods compare equal, so removal by an equal bound method works
bus.listeners["msg"].remove(log_a.on_message)
print(len(bus.listeners["msg"]), bus.emit("msg", "last"))

# a listener that unsubscribes itself while the event is being emitted
class OneShot:
    def __init__(self, bus):
        self.unsub = bus.subscribe("ping", self)
        self.fired = 0
    def __call__(self):
        self.fired += 1
        self.unsub()
        return "one-shot fired"
shot = OneShot(bus)
print(bus.emit("ping"), bus.emit("ping"), shot.fired)

# observable property
class Observable:
    def __init__(self):
        self._value = 0
        self.watchers = []
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, new):
        old, self._value = self._value, new
        for w in self.watchers:
            w(old, new)
o = Observable()
o.watchers.append(lambda old, new: print(f"  changed {old} -> {new}"))
o.value = 5
o.value += 1
print(o.value)
