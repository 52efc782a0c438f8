import sys
print("partial output")
sys.stdout.write("no trailing newline")
sys.exit(2)
