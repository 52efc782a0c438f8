# Seed: "Execution Model / Code Objects"
# print(func.__code__) shows an address; print its address-free prefix instead.
# Functions have code objects
def func():
    pass

print(repr(func.__code__).split(" at ")[0])
print(func.__code__.co_name)      # Function name
print(func.__code__.co_varnames)  # Local variables
print(func.__code__.co_consts)    # Constants
