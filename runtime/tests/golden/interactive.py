for i in range(2):
    i
    x = i + 1
    x
