# Uncaught exception without a message prints only the type name
class Oops(Exception):
    pass

class Detailed(Oops):
    def __str__(self):
        return "detailed message"

print(repr(Oops()), str(Oops()) == "", str(Detailed()), issubclass(Detailed, Oops))
try:
    raise Detailed
except Oops as e:
    print("caught", type(e).__name__, e)
print("before")
raise Oops
