# Replacing methods and classes of objects that hot code is using.
class Animal:
    def speak(self):
        return 1
class Dog(Animal):
    pass
def chorus(animals, rounds):
    s = 0
    for _ in range(rounds):
        for a in animals:
            s += a.speak()
    return s
pets = [Dog(), Animal(), Dog()]
print(chorus(pets, 10000))
Dog.speak = lambda self: 10
print(chorus(pets, 10))
Animal.speak = lambda self: 100
print(chorus(pets, 10))
pets[1].speak = lambda: 1000
print(chorus(pets, 10))
pets[0].__class__ = Animal
print(chorus(pets, 10))
