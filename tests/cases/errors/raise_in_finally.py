# finally runs before the exception propagates
def work(x):
    try:
        print("working on", x)
        return 10 / x
    finally:
        print("cleanup for", x)

print(work(5))
print(work(-2))
work(0)
print("never printed")
