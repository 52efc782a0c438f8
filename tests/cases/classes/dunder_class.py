class Base:
    def who(self):
        return self.__class__.__name__
    @classmethod
    def cls_name(cls):
        return cls.__name__
class Child(Base):
    pass
print(Base().who(), Child().who(), Child.cls_name())
c = Child()
print(c.__class__ is Child, c.__class__.__bases__[0].__name__)
c.__class__ = Base
print(c.who(), type(c).__name__)
class K:
    def get_class(self):
        return __class__
print(K().get_class().__name__)
print(Child.__dict__.get("who"), "who" in Base.__dict__)
