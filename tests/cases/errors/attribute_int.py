# Uncaught AttributeError on an int
x = 5
print(x.real, x.imag, x.numerator, x.denominator)
print(x.bit_length(), x.conjugate(), x.__class__.__name__)
print(hasattr(x, "foo"), getattr(x, "foo", "default"))
try:
    x.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
print(x.foo)
