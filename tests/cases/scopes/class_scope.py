class A:
    x = 1
    y = x + 1
    def method(self):
        try:
            return x
        except NameError as e:
            return "NameError: " + str(e)
    def method2(self):
        return self.x, A.y
print(A.y)
print(A().method())
print(A().method2())
x = "global x"
print(A().method())
class B:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    n = 10
    try:
        shifted = [v + n for v in vals]
    except NameError as e:
        err = str(e)
print(B.doubled, B.err)
