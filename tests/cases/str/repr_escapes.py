# repr/ascii of strings with quotes, escapes and unicode
samples = ["it's", 'say "hi"', 'a"b\'c', '\n\t\x00\x7f\u200b', '\\', '\r\x1b[0m', 'tab\there',
           '\x80\x9f\xa0\xad\xff', 'é', '日本語', '😀', '\U0001f1fa\U0001f1f8', '\ud800', '\ufeff',
           '\u0301', 'e\u0301', '\x0b\x0c', '\u2028', "'", '"', '\'"', '', ' ', '\x01\x1f',
           '\N{GREEK SMALL LETTER ALPHA}', '\u00e0\u0300', '\U000e0041', '\uffff', '\U0010ffff']
for s in samples:
    print(repr(s), ascii(s), len(s), len(repr(s)))
q = 'a"b'
print(str('quote\'s'), "%r" % "x'y", f"{q!r}", repr(q), str(q))
print(['it\'s', "q\"q"], ('\n',), {'\t': '\\'})
print(repr('\a\b\f\v'), repr('\0'), repr('\1\12\123'), repr('\x41\u0042\U00000043'))
print(r'\n\t', r'C:\path', len(r'\n'), '\\n' == r'\n', repr(r'\'' ))
print(eval(repr(samples[3])) == samples[3], all(eval(repr(s)) == s for s in samples))
