# heron: stderr=full
def level3():
    raise KeyError("deep")

def level2():
    level3()

def level1():
    level2()

print("start")
level1()
