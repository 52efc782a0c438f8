# Seed: "Memory Management / Reference Counting"
import sys

x = [1, 2, 3]
print(sys.getrefcount(x))  # Reference count (includes getrefcount's reference)
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
