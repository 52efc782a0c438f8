# Uncaught IndexError on a tuple
rgb = (255, 128, 0)
print(rgb[0], rgb[-1])
print(rgb[3])
