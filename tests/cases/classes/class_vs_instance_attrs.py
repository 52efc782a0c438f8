class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog("rex")
b = Dog("fido")
print(a.species, b.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, Dog.tricks is b.tricks)
print(sorted(vars(a)), sorted(vars(b)))
del a.species
print(a.species)
print("species" in Dog.__dict__, "name" in Dog.__dict__)
