# State pattern: each state is a class, transitions return new states
class State:
    name = "abstract"
    def on(self, event):
        handler = getattr(self, "on_" + event, None)
        if handler is None:
            raise ValueError(f"{self.name} cannot handle {event!r}")
        return handler()
    def __repr__(self):
        return f"<{self.name}>"

class Idle(State):
    name = "idle"
    def on_start(self):
        return Running(speed=1)

class Running(State):
    name = "running"
    def __init__(self, speed):
        self.speed = speed
    def on_faster(self):
        return Running(self.speed * 2)
    def on_pause(self):
        return Paused(self)
    def on_stop(self):
        return Idle()
    def __repr__(self):
        return f"<running x{self.speed}>"

class Paused(State):
    name = "paused"
    def __init__(self, previous):
        self.previous = previous
    def on_resume(self):
        return self.previous
    def on_stop(self):
        return Idle()

class Machine:
    def __init__(self):
        self.state = Idle()
        self.history = [repr(self.state)]
    def send(self, *events):
        for ev in events:
            try:
                self.state = self.state.on(ev)
                self.history.append(repr(self.state))
            except ValueError as e:
                self.history.append(f"error({e})")
        return self

m = Machine().send("start", "faster", "faster", "pause", "faster", "resume", "stop", "resume")
for h in m.history:
    print(h)
print(type(m.state).__name__, isinstance(m.state, State))

# a table-driven variant using class attributes
class Light:
    transitions = {"red": "green", "green": "yellow", "yellow": "red"}
    durations = {"red": 30, "green": 25, "yellow": 5}
    def __init__(self):
        self.color = "red"
        self.elapsed = 0
    def tick(self, seconds):
        self.elapsed += seconds
        while self.elapsed >= self.durations[self.color]:
            self.elapsed -= self.durations[self.color]
            self.color = self.transitions[self.color]
        return self
    def __str__(self):
        return f"{self.color}({self.elapsed}s)"
light = Light()
print([str(light.tick(s)) for s in [10, 20, 26, 4, 60]])
