for i in range(3000):
    print(i, i * i, "x" * (i % 7))
print("end")
