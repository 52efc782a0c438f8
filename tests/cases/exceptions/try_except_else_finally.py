def attempt(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        print("  except")
        r = None
    else:
        print("  else")
    finally:
        print("  finally")
    return r
print(attempt(2))
print(attempt(0))
try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    [][1]
except KeyError:
    print("wrong")
except IndexError as e:
    print("IndexError:", e)
except Exception:
    print("too general")
try:
    {}["k"]
except Exception as e:
    print(type(e).__name__, repr(e))
print("e" in dir())
