print("never printed")


def f(v):
    match v:
        case 1:
            pass
        case other:
            pass
        case 2:
            pass
