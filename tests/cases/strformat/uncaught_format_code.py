# Uncaught ValueError from an invalid format code
prices = {"tea": 2.5, "cake": "3.75"}
for name, price in prices.items():
    print(f"{name}: {price:.2f}")
