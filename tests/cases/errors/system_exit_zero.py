# raise SystemExit(0) exits cleanly; finally blocks still run
def cleanup():
    print("cleanup")

try:
    print("body")
    try:
        raise SystemExit(0)
    except Exception:
        print("not caught by 'except Exception'")
finally:
    cleanup()
print("not reached")
