counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def create():
    global created
    created = "made in function"
create()
print(created)
def read_only():
    return counter * 10
print(read_only())
def g1():
    global a, b
    a, b = 1, 2
g1()
print(a, b)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
