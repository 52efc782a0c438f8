# Uncaught exception raised "from" another: the last line is the outer exception
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad config value {text!r}") from e

print(parse("12"))
try:
    parse("x")
except RuntimeError as e:
    print("caught:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
print(parse("twelve"))
