name = input()
print("Hello,", name)
age = int(input("Age? "))
print("Next year:", age + 1)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print(rest)
