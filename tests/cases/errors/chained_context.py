# Exception raised while handling another (implicit context)
try:
    {}["missing"]
except KeyError:
    print("handling KeyError")
    undefined_function()
