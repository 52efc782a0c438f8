# Uncaught exception without a message prints only the type name
class Oops(Exception):
    pass

print("before")
raise Oops
