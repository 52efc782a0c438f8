def f():
    try:
        try:
            a()
        except A:
            b()
        finally:
            c()
    except B as e:
        try:
            d(e)
        except C:
            return 1
    finally:
        for i in x:
            if i:
                break
    return 2
