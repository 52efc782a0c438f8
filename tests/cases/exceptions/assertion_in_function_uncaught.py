def validate(items):
    for item in items:
        check(item)

def check(item):
    assert item >= 0

validate([1, 2, -3])
