# heron: stderr=full
print("about to fail")
raise ValueError("something went wrong")
