# Seed: "The Python Interpreter / CPython"
# Python code
x = 42
print(x)

# CPython interprets this and executes it
