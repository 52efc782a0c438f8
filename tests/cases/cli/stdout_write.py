import sys
n = sys.stdout.write("hello\n")
print(n)
print(sys.stdout.write(""), sys.stdout.write("é\n"))
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.writable(), sys.stdin is not None)
print(sys.stdout.encoding)
sys.stdout.flush()
print(sys.stdout is sys.__stdout__)
