# The is* predicates over a table of strings
samples = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '١٢٣', '½', '²', '٣', 'Ⅻ', '一二三', '3.14', '-5',
           ' ', '\t\n', '\x0b\x0c', '\u00a0', '\u2028', 'a b', 'straße', 'é', 'Ωμέγα', '_id', 'class',
           '2abc', 'a-b', 'x\x00', '\x7f', 'emoji😀', 'Hello World', 'Hello world', 'ǅa', '\u200b']
preds = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
         'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
print(' '.join(p[2:6] for p in preds))
for s in samples:
    flags = ''.join('T' if getattr(s, p)() else '.' for p in preds)
    print(flags, ascii(s))
