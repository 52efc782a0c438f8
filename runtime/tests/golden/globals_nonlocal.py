def outer():
    a = 1
    def middle():
        nonlocal a
        def inner():
            global b
            b = a
            return b
        a = 2
        return inner
    return middle
