def check(v):
    assert v > 0, f"bad value {v}"
print("checking")
check(1)
check(-2)
print("unreachable")
