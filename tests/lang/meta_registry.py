# A registry metaclass recording every subclass, with class keyword arguments.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kwargs.get('key', name.lower())
            mcls.registry[key] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.options = kwargs


class Plugin(metaclass=PluginMeta):
    def run(self):
        return self.__class__.__name__ + ' ran'


class Csv(Plugin):
    pass


class Json(Plugin, key='js', fast=True):
    pass


class Yaml(Json, key='yml'):
    pass


print(sorted(PluginMeta.registry))
print(PluginMeta.registry['js'] is Json, PluginMeta.registry['yml'].__name__)
print(Plugin.options, Csv.options, Json.options, Yaml.options)
for key in sorted(PluginMeta.registry):
    print(key, PluginMeta.registry[key]().run())
print(Plugin.registry is PluginMeta.registry)


# __init_subclass__ receives the class keywords when the metaclass passes them on.
class Base:
    seen = []
    def __init_subclass__(cls, /, label=None, **kw):
        super().__init_subclass__(**kw)
        cls.label = label
        Base.seen.append((cls.__name__, label))


class One(Base, label='first'):
    pass


class Two(One):
    pass


print(Base.seen, One.label, Two.label)
try:
    class Three(Base, colour='red'):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Four(unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)


class KwMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)


class WithHook(metaclass=KwMeta):
    def __init_subclass__(cls, **kw):
        print('hook', cls.__name__, kw)


class Child(WithHook, alpha=1, beta=2):
    pass
print(type(Child).__name__)
