# Uncaught user-defined exception
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed

balance = 100
for amount in (30, 50, 40):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    balance -= amount
    print("withdrew", amount, "left", balance)
