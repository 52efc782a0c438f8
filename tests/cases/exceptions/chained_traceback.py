# heron: stderr=full
def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: " + text)
    return int(text)

def load(text):
    try:
        parse(text)
    except ValueError as e:
        raise RuntimeError("could not load") from e

print(load("12"))
load("abc")
