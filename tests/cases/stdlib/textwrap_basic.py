import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.wrap(s, 30))
print(textwrap.fill(s, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap("short", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(repr(textwrap.dedent("""
    def f():
        return 1

    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n  \n   y")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
print(textwrap.shorten("Hello  world!  This is long", width=12), textwrap.shorten("Hi there", 20))
print(textwrap.wrap(s, 20, max_lines=2))
print(textwrap.wrap("a\tb\nc  d", 40))
