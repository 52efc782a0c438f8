# exec, eval and compile
print(eval('1 + 2 * 3'), eval('[x * x for x in range(4)]'), eval('"abc".upper()'), eval(' 42 '), eval('x + 1', {'x': 10}))
print(eval('a * b', {'a': 3}, {'b': 4}), eval('len(s)', {'s': 'hello'}), eval('max(v)', {'v': [3, 9, 1]}))
ns = {}
exec('y = 5\ndef sq(n):\n    return n * n\nz = sq(y)', ns)
print(ns['y'], ns['z'], ns['sq'](7), sorted(k for k in ns if not k.startswith('__')))
exec('print("printed from exec", 1 + 1)')
code = compile('3 ** 4', '<expr>', 'eval')
print(eval(code), type(code).__name__, code.co_filename)
block = compile('for i in range(3):\n    out.append(i * 10)', '<block>', 'exec')
out = []
exec(block)
print(out)
single = compile('1 + 1', '<single>', 'single')
exec(single)
scope = {'__builtins__': {}}
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: eval('len([1])', scope))
t(lambda: eval('1 +'))
t(lambda: eval('x = 1'))
t(lambda: exec('1/0'))
t(lambda: eval('undefined_name'))
t(lambda: compile('x', '<s>', 'bogus'))
t(lambda: eval(5))
t(lambda: exec('return 1'))
t(lambda: eval('(1, 2'))
t(lambda: exec('if True:\nprint(1)'))
t(lambda: eval('[1, 2] + (3,)'))
r = {}
exec('a = 1; b = a + 1', {}, r)
print(r)
print(eval('__name__'), eval('__name__', {}), eval('__name__', {'__name__': 'custom'}))
