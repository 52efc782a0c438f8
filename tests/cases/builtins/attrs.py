# getattr, setattr, hasattr, delattr
class Box:
    size = 'class-level'
    def __init__(self):
        self.value = 10
    def method(self):
        return 'method result'
b = Box()
print(getattr(b, 'value'), getattr(b, 'size'), getattr(b, 'missing', 'dflt'), getattr(b, 'method')(), getattr(Box, 'size'))
setattr(b, 'value', 20)
setattr(b, 'new_attr', [1])
setattr(b, 'with space', 'odd')
print(b.value, b.new_attr, getattr(b, 'with space'), hasattr(b, 'new_attr'), hasattr(b, 'nope'), hasattr(Box, 'method'))
delattr(b, 'new_attr')
print(hasattr(b, 'new_attr'), getattr(b, 'new_attr', None))
b.size = 'instance-level'
print(b.size, Box.size)
del b.size
print(b.size)
print(getattr(5, 'real'), getattr('abc', 'upper')(), getattr([], '__len__')(), hasattr(None, '__class__'), getattr(int, '__name__'))
class Dyn:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'no {name}')
d = Dyn()
print(d.xyz, getattr(d, 'x1'), hasattr(d, 'xa'), hasattr(d, 'y'), getattr(d, 'y', 'fallback'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: getattr(b, 'nope'))
t(lambda: getattr(Box, 'nope'))
t(lambda: getattr(b, 5))
t(lambda: setattr(5, 'x', 1))
t(lambda: setattr('s', 'upper', 1))
t(lambda: delattr(b, 'nope'))
t(lambda: delattr(Box, 'nope'))
t(lambda: getattr(d, 'y'))
t(lambda: getattr(None, 'x'))
t(lambda: getattr(b))
t(lambda: setattr(object(), 'a', 1))
t(lambda: setattr(int, 'foo', 1))
t(lambda: delattr([], 'append'))
t(lambda: hasattr(b, None))
t(lambda: getattr(list, 'x'))
t(lambda: getattr(3, 'y'))
