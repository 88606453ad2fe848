# A metaclass guarding class attributes with __setattr__/__delattr__ and super() to type.
class Frozen(type):
    def __setattr__(cls, name, value):
        if getattr(cls, '_frozen', False):
            raise AttributeError(f'{cls.__name__} is frozen')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name.startswith('keep'):
            raise AttributeError(f'cannot delete {name}')
        super().__delattr__(name)


class Settings(metaclass=Frozen):
    keep_me = 1
    drop_me = 2


Settings.extra = 3
print(Settings.extra)
del Settings.drop_me
print(hasattr(Settings, 'drop_me'))
try:
    del Settings.keep_me
except AttributeError as e:
    print('AttributeError', e)
try:
    del Settings.missing
except AttributeError as e:
    print('AttributeError', e)
Settings._frozen = True
try:
    Settings.extra = 4
except AttributeError as e:
    print('AttributeError', e)
print(Settings.extra, Settings.keep_me)
try:
    type.__delattr__(int, 'x')
except TypeError as e:
    print('TypeError', e)
try:
    type.__setattr__(int, 'x', 1)
except TypeError as e:
    print('TypeError', e)
