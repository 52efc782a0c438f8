def make_class(prefix):
    class Greeter:
        def greet(self, name):
            return prefix + name
    return Greeter
G = make_class("Hi ")
print(G().greet("Ann"))
H = make_class("Yo ")
print(H().greet("Bo"), G is H)
def counter_class():
    count = 0
    class C:
        def __init__(self):
            nonlocal count
            count += 1
        @staticmethod
        def total():
            return count
    return C
C = counter_class()
C(); C(); C()
print(C.total())
