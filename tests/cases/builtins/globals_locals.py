# globals() and locals()
counter = 0
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
print(show_locals(5, b=10))
g = globals()
print(g['counter'], 'show_locals' in g, g['__name__'], '__builtins__' in g)
g['injected_global'] = 'hello'
print(injected_global)
def bump():
    globals()['counter'] += 1
bump(); bump()
print(counter)
def closure():
    x = 1
    def inner():
        return sorted(locals())
    def inner2():
        y = x
        return sorted(locals())
    return inner(), inner2()
print(closure())
class K:
    a = 1
    b = sorted(k for k in locals() if not k.startswith('__'))
print(K.b)
print(locals() is globals(), sorted(k for k in locals() if not k.startswith('_'))[:5])
def modify_locals():
    v = 1
    locals()['v'] = 2
    return v
print(modify_locals())
