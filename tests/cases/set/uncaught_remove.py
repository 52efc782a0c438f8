# Uncaught KeyError from set.remove
tags = {"red", "green"}
tags.remove("red")
print(sorted(tags))
tags.discard("blue")
print(sorted(tags), "blue" in tags)
tags.add("blue")
tags.remove("blue")
print(sorted(tags))
tags.remove("blue")
