# lower: flip
# A slice built only to be subscripted is never made: the pair is one helper call.


def flip(perm, k):
    while k != 0:
        perm[: k + 1] = perm[k::-1]
        k = perm[0]
    return perm


for _ in range(3):
    flip([3, 1, 2, 0], 3)
