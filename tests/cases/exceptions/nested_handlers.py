def step(n):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if n == 1:
                raise ValueError
            if n == 2:
                raise KeyError
        except ValueError:
            log.append("inner except")
            if n == 1:
                raise TypeError
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer except TypeError")
    except KeyError:
        log.append("outer except KeyError")
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")
    return log
for n in range(3):
    print(n, step(n))
