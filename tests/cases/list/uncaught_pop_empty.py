# Uncaught IndexError: pop from empty list
stack = [1, 2, 3]
stack.append(4)
print(stack.pop(0), stack)
try:
    stack.pop(10)
except IndexError as e:
    print("caught:", e)
print(stack.pop(-1), stack.pop(-1), stack)
stack.extend([5, 6])
while True:
    print("popped", stack.pop(), "remaining", stack)
