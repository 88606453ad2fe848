# __prepare__ supplies the class body's namespace; metaclass keywords reach it too.
class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('prepare', mcls.__name__, name, len(bases), kwargs)
        return {'preset': 'from prepare', 'counter': 0}

    def __new__(mcls, name, bases, ns, **kwargs):
        print('new', sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class P(metaclass=Prepared, flag=1):
    seen = preset
    counter += 1


print(P.preset, P.seen, P.counter)


class Q(P):
    pass


print(type(Q).__name__, Q.counter)


# The order attributes were defined in, recorded by the metaclass.
class Ordered(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith('__')]
        return cls


class Form(metaclass=Ordered):
    zeta = 1
    alpha = 2
    def middle(self):
        pass
    beta = 3


print(Form.order)


# Metaclass methods and super() chains across two cooperating metaclasses.
class LoggingMeta(type):
    log = []

    def __new__(mcls, name, bases, ns):
        LoggingMeta.log.append(('logging', name))
        return super().__new__(mcls, name, bases, ns)


class CountingMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.made = getattr(cls, 'made', 0) + 1
        return cls


class Both(LoggingMeta, CountingMeta):
    pass


class Z(metaclass=Both):
    pass


print(LoggingMeta.log, Z.made, [m.__name__ for m in Both.__mro__])
print(type(Z).__name__, isinstance(Z, LoggingMeta), isinstance(Z, CountingMeta))
