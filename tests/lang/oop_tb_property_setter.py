# Uncaught AttributeError: assigning to a property without a setter
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t.fahrenheit)

def reset(obj):
    obj.celsius = 0

try:
    del t.fahrenheit
except AttributeError as e:
    print("handled:", e)
reset(t)
print("not reached")
