import sys
import mod_counter
print(mod_counter.bump())
import mod_counter
import mod_counter as again
print(again.bump(), again is mod_counter)
from mod_counter import value
print(value)
print(sys.modules["mod_counter"] is mod_counter)
import importlib
reloaded = importlib.reload(mod_counter)
print(reloaded is mod_counter, mod_counter.value)
