class Robot:
    def __init__(self, name):
        self.name = name

    def fly(self):
        self.engine.start()

r = Robot("r2")
print(r.name)
r.fly()
