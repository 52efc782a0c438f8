# heron: stderr=full
import sys
print("before exit")
sys.exit("fatal: configuration missing")
