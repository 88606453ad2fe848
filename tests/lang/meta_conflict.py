# Choosing the metaclass: the most derived one of the explicit metaclass and the bases' types.
class MetaA(type):
    pass


class MetaB(MetaA):
    pass


class Other(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


class C(A, B):
    pass


print(type(C).__name__)


class D(B, metaclass=MetaA):
    pass


print(type(D).__name__)


class O(metaclass=Other):
    pass


try:
    class Bad(A, O):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(A, metaclass=Other):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    type('Bad3', (A, O), {})
except TypeError as e:
    print('TypeError', e)


# A plain base keeps type; the metaclass of a derived class comes from its base.
class Plain:
    pass


class E(Plain, A):
    pass


print(type(E).__name__, type(Plain).__name__)


# Any callable can be the metaclass.
def function_meta(name, bases, ns):
    print('function_meta', name, bases, sorted(k for k in ns if not k.startswith('__')))
    return ns.get('value', 0) * 2


class Answer(metaclass=function_meta):
    value = 21


print(Answer)


def upper_attrs(name, bases, ns):
    return type(name, bases, {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()})


class Shouting(metaclass=upper_attrs):
    quiet = 'x'
    def hello(self):
        return 'hi'


print(hasattr(Shouting, 'quiet'), Shouting.QUIET, Shouting().HELLO())
try:
    class NotCallable(metaclass=3):
        pass
except TypeError as e:
    print('TypeError', e)
