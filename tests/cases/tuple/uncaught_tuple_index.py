# Uncaught IndexError on a tuple
rgb = (255, 128, 0)
print(rgb[0], rgb[-1], rgb[1:], rgb[::-1], rgb[3:], len(rgb))
print(rgb.index(128), rgb.count(0), max(rgb), sum(rgb))
print("#%02x%02x%02x" % rgb)
r, g, b = rgb
print(r / 255, round(g / 255, 3), b)
empty = ()
print(empty[:1], len(empty))
print(rgb[3])
print("never printed")
