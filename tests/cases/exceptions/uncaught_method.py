# heron: stderr=full
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient funds")
        self.balance -= amount

acct = Account(10)
acct.withdraw(5)
print(acct.balance)
acct.withdraw(50)
