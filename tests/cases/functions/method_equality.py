# Bound methods compare by function and receiver; function __get__ binds
class C:
    def m(self):
        return 'm of ' + type(self).__name__
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a, b = C(), C()
print(a.m == a.m, a.m == b.m, a.m != a.m, a.m is a.m, hash(a.m) == hash(a.m))
cache = {a.m: 'cached'}
print(cache[a.m], C.m == C.m)
lst = []
print(lst.append == lst.append, lst.append == [].append, lst.append.__self__ is lst)
print(C.m.__get__(a)(), C.m.__get__(None, C) is C.m, type(C.m.__get__(a)).__name__)
bound = a.m
print(bound.__func__ is C.m, bound.__self__ is a, bound.__name__, bound.__qualname__)
print(repr(len), repr(C.m)[:16], repr(a.m)[:23], C.m.__call__(a))
print(len.__call__('abc'), type(len.__call__).__name__ in ('method-wrapper', 'builtin_function_or_method'))
