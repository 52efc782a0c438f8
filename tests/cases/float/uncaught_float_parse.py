# Uncaught ValueError from float()
readings = "3.5 4.25 -1e3 abc 7"
for tok in readings.split():
    print(tok, float(tok) * 2)
