import types
print(types.FunctionType, types.MethodType, types.ModuleType, types.GeneratorType, types.BuiltinFunctionType, types.LambdaType, types.CodeType, types.MappingProxyType)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), ns.a)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
C = types.new_class('C', (object,), {}, lambda ns: ns.update(x=5))
print(C.__name__, C.x, types.NoneType, types.EllipsisType)
m = types.ModuleType('mymod')
m.y = 3
print(m.__name__, m.y)
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp))
try:
    mp['k'] = 2
except TypeError as e:
    print("TypeError:", e)
print(types.SimpleNamespace())
