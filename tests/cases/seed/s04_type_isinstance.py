# Seed: "Object Model / Type and isinstance"
# type() returns exact type
print(type(42))  # <class 'int'>

# isinstance() checks type hierarchy
print(isinstance(42, int))      # True
print(isinstance(42, object))   # True
