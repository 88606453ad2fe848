# startswith/endswith with tuples: items are tried in order and type-checked lazily.
print('xa'.startswith(('x', 1)))
print('xa'.endswith(('q', 'a', None)))
print('ab'.startswith(()))
print('abc'.startswith(('z', 'b'), 1))
print('abc'.endswith(('a', 'b'), 0, 2))
for bad in [('q', 1), 5, ['a']]:
    try:
        'xa'.startswith(bad)
    except TypeError as e:
        print('TypeError:', e)
    try:
        'xa'.endswith(bad)
    except TypeError as e:
        print('TypeError:', e)
