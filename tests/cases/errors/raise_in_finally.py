# finally runs before the exception propagates
def work():
    try:
        print("working")
        return 1 / 0
    finally:
        print("cleanup ran")

work()
