# Uncaught exception with several args shows the args tuple
print("start")
raise ValueError("first", 2, [3])
