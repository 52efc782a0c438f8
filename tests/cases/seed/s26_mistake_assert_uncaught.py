# Run as written, the failing assert ends the program.
x = [1, 2, 3]
y = [1, 2, 3]
assert x is y  # Fails!
