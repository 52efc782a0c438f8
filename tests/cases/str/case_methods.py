# Case conversion methods, including non-ASCII text
words = ['hello world', 'HELLO', 'hElLo wOrLd', "they're bill's friends", 'straße', 'ǅungla',
         'ǆ', 'ﬁnal ﬂow', 'ΣΊΣΥΦΟΣ', 'σοφός', 'İstanbul', 'ıi', '123abc', 'a1b2 c3d4', '',
         'ÉCOLE élève', 'Ǳ', 'ŉ', 'hello_world-foo bar', 'mR. o\'NEIL', '\u1e9e', 'ꭰ']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print('   ', repr(w.capitalize()), repr(w.title()), repr(w.swapcase()), w.istitle(), w.isupper(), w.islower())
print('ß'.upper(), len('ß'.upper()), 'ﬁ'.upper(), len('ﬁ'.upper()), 'ΣΑΣ'.lower(), 'Σ'.lower())
print('straße'.casefold() == 'STRASSE'.casefold(), 'straße'.lower() == 'strasse')
print('ǅ'.upper(), 'ǅ'.lower(), 'ǅ'.title(), 'ǆ'.title(), 'ǅ'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower())
