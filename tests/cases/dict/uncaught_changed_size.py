# Uncaught RuntimeError: dictionary changed size during iteration
stock = {"apples": 0, "pears": 4, "plums": 0}
for fruit in list(stock):
    if stock[fruit] == 0:
        print("safe removal of", fruit)
        del stock[fruit]
print(stock)
stock = {"apples": 0, "pears": 4, "plums": 0}
for fruit in stock:
    if stock[fruit] == 0:
        print("removing", fruit)
        del stock[fruit]
print(stock)
