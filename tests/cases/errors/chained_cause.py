# Uncaught exception raised "from" another: the last line is the outer exception
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad config value {text!r}") from e

print(parse("12"))
print(parse("twelve"))
