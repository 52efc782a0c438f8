# exec/eval/compile: default namespaces, explicit globals and locals, modes, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
counter = 10
def in_function():
    local_value = 5
    r1 = eval('local_value * counter')
    exec('local_value = 99')
    return r1, local_value
print(in_function())
g = {'base': 2}
exec('def power(n):\n    return base ** n\nresult = power(10)', g)
print(g['result'], g['power'](3), sorted(k for k in g if not k.startswith('__')), type(g['__builtins__']).__name__)
loc = {}
exec('a = 1\nb = a + 1', {}, loc)
print(loc)
class Mapping:
    def __getitem__(self, key):
        if key == 'magic':
            return 7
        raise KeyError(key)
print(eval('magic * 6', {}, Mapping()))
print(eval(' \t 40 + 2'), eval(b'3 * 3'), eval(compile('2 ** 8', '<calc>', 'eval')))
code = compile('for i in range(3):\n    acc.append(i)', '<loop>', 'exec')
acc = []
exec(code)
exec(code)
print(acc, code.co_filename, code.co_name, type(code).__name__)
exec(compile('6 * 7', '<interactive>', 'single'))
exec(compile('None', '<interactive>', 'single'))
print(compile('1', 'name', 'eval', flags=0, dont_inherit=True).co_filename)
t(lambda: compile('x', '<s>', 'bogus'))
t(lambda: compile(5, '<s>', 'exec'))
t(lambda: compile('x', 5, 'exec'))
t(lambda: compile('x', '<s>'))
t(lambda: compile('a\0b', '<s>', 'exec'))
t(lambda: exec(5))
t(lambda: exec('x', 5))
t(lambda: exec('x', {}, 5))
t(lambda: eval('x', 5))
t(lambda: eval('x', {}, 5))
t(lambda: eval('1', globals={}))
t(lambda: eval())
t(lambda: exec())
t(lambda: eval('1 +'))
t(lambda: eval('x = 1'))
t(lambda: exec('return 5'))
t(lambda: eval('undefined_thing'))
t(lambda: eval('len("abc")', {'__builtins__': {}}))
t(lambda: eval('len("abc")', {'__builtins__': {'len': lambda s: 'fake'}}))
print(eval('__name__'), eval('__name__', {}), eval('__name__', {'__name__': 'custom'}))
