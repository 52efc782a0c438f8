# heron: stderr=full
def down(n):
    down(n + 1)

print("start")
down(0)
