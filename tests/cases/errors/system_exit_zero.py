# raise SystemExit(0) exits cleanly; finally blocks still run
try:
    print("body")
    raise SystemExit(0)
finally:
    print("finally")
