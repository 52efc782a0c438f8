import inspect
def g():
    yield 1
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
list(gen)
print(inspect.getgeneratorstate(gen))
gen2 = g()
print(gen2.gi_running, gen2.gi_frame is not None)
print(gen2.__name__, gen2.__qualname__)
gen2.close()
print(inspect.getgeneratorstate(gen2), gen2.gi_frame)
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)
