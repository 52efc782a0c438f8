# Uncaught AttributeError with a "Did you mean" suggestion on the last line
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self.balance
acct = Account("ada")
print(acct.deposit(10), acct.owner.upper(), acct.owner.title())
try:
    acct.balanse
except AttributeError as e:
    print("caught:", e)
text = "heron"
print(text.upper(), text.center(9, "*"))
print(acct.deposti(5))
