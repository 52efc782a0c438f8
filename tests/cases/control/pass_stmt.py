def nothing():
    pass
class Empty:
    pass
for i in range(3):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(nothing(), Empty.__name__, i)
def only_doc():
    "doc"
print(only_doc(), only_doc.__doc__)
def ellipsis():
    ...
print(ellipsis(), ...)
