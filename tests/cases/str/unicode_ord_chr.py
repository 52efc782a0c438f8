# ord/chr round trips, lengths of non-BMP text, combining characters
for ch in ['a', 'Z', '0', ' ', '\n', '~', '\x7f', '\x80', 'ÿ', 'Ā', 'ǅ', 'Ω', 'я', 'א', '٣', '中', '\uffff', '𝔸', '😀', '\U0010ffff']:
    print(ascii(ch), ord(ch), hex(ord(ch)), chr(ord(ch)) == ch, ch.isprintable())
s = 'Zoë 😀 naïve 日本'
print(len(s), [ord(c) for c in s[:4]], s.encode('utf-8').hex(), len(s.encode('utf-16-le')) // 2)
print('e\u0301' == 'é', len('e\u0301'), len('é'), 'e\u0301'.upper(), ascii('e\u0301'.upper()))
print(chr(0), repr(chr(0)), chr(65) + chr(0x301), repr(chr(0xd800)), chr(0x1F44D))
print(''.join(chr(0x41 + i) for i in range(26)), ''.join(chr(0x3b1 + i) for i in range(10)))
print(sorted('ßaäzÄA'), sorted(['é', 'e', 'f', 'E']), max('αβγ'), min('日本語'))
print('\N{SNOWMAN}', '\N{LATIN SMALL LETTER SHARP S}', ascii('\N{EM DASH}'), len('\N{GRINNING FACE}'))
print('😀'.isalpha(), 'ß'.isalpha(), '中'.isalpha(), '٣'.isdigit(), '٣'.isdecimal(), int('٣'))
print('Ⅷ'.isnumeric(), 'Ⅷ'.isdigit(), '①'.isdigit(), '①'.isdecimal(), '¼'.isnumeric())
print(str(ord('€')), '€'.encode(), '€'.encode('cp1252'), len('€'.encode('utf-16-be')))
print([c for c in 'a😀b'], 'a😀b'[1], 'a😀b'[::-1], 'a😀b'.find('b'), 'a😀b'.index('😀'))
