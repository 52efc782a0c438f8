# Uncaught ValueError building bytes from out-of-range ints
levels = [10, 128, 255, 256]
for n in range(1, len(levels) + 1):
    print(bytes(levels[:n]))
