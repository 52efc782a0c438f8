def ret():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret())
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def loop_ret():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(loop_ret())
def finally_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break"
print(finally_break())
