# Exception raised while handling another (implicit context)
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        print("handling KeyError for", repr(k))
        return None

print(lookup({"a": 1}, "a"), lookup({}, "b"))
try:
    {}["missing"]
except KeyError:
    print("handling KeyError")
    undefined_function()
