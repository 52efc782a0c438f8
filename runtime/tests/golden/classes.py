class Plain:
    pass

class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0
    def __init__(self, x, y):
        self.x = x
        self.__y = y
    def norm(self):
        return (self.x ** 2 + self.__y ** 2) ** 0.5
    @property
    def y(self):
        return self.__y

class Child(Point):
    def __init__(self, *args):
        super().__init__(*args)
    def who(self):
        return __class__

def make():
    v = 1
    class Local:
        attr = v
        def get(self):
            return v
    return Local
