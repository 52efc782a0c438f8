def search(matrix, target):
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value == target:
                break
        else:
            continue
        return i, j
    else:
        return None

def retry(attempts):
    n = 0
    while n < attempts:
        n += 1
        try:
            if attempt(n):
                break
        except OSError:
            continue
        finally:
            log(n)
    else:
        raise TimeoutError(n)
    return n
