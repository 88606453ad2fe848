# Every literal form the lexer must handle.
ints = [0, 00, 0_0, 7, 1_000_000, 0x_FF, 0XdeadBEEF, 0o17, 0O_7, 0b1010, 0B_1_0, 99999999999999999999999999999]
big = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF + 9223372036854775807 + 9223372036854775808
floats = [1., .5, 1.5, 1e10, 1E-3, 1_0.0_1, 0.0, 00.5, 1e+308, 1e309, 3.14e-0_1, 0e0, 5e-324]
strs = ['a', "b", '''c''', """d""", 'it\'s', "say \"hi\"", '\n\t\\', '\x41\u00e9\U0001F600', '\101\0',
        '\N{GREEK SMALL LETTER ALPHA}', r'\d+\.', R"raw\"", u'unicode', U"U", 'é', '日本語']
bytes_ = [b'', B"x", b'\x00\xff', rb'\d', Rb'x', bR"y", BR'z', br'\n', b'\101']
concat = 'a' "b" '''c''' r'd\e'
multi = """line1
line2 \
continued"""
empty = ''
ell = ...
consts = (True, False, None)
fstr = f'{1}' f"{'x'!r}" F'{2:>10}' rf'{3}\d' fR'{4!s:{5}}' f'{{}}' f'{6=}' f'{7 = }' f'{8=!s}' f'{9=:>4}'
nested = f'{f"{1 + 2}"}' f'''{"a" if True else 'b'}''' f'{ {"k": 1}["k"] }' f'{[x for x in "ab"]}'
spec = f'{3.14159:.{2}f}' f'{"s":{"<"}{10}}' f'{1:{2}.{3}}' f'a{{b}}c{1}d'
fline = f'''{
    1 +
    2
}'''
esc = f'\n{1}\t' f'\N{BULLET} {2}'
