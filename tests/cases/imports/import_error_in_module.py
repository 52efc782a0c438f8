import sys
try:
    import mod_raises
except ValueError as e:
    print("caught:", e)
print("mod_raises" in sys.modules)
try:
    import mod_raises
except ValueError as e:
    print("raised again:", e)
