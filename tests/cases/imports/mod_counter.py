print("mod_counter body runs")
value = 1
def bump():
    global value
    value += 1
    return value
