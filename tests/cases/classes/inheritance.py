class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
    def kind(self):
        return "puppy/" + super().kind()
for a in (Animal("a"), Dog("d"), Puppy("p")):
    print(a.speak(), a.kind())
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__, Animal.__bases__)
print(Dog.__base__.__name__)
