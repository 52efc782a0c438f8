# lower: flip
# A slice built only to be subscripted is never made, and a slice copied into another slice
# never makes its list: the whole statement is one helper call, its pure middle part exits
# (guards) to the first BUILD_SLICE (@20).


def flip(perm, k):
    while k != 0:
        perm[: k + 1] = perm[k::-1]
        k = perm[0]
    return perm


for _ in range(3):
    flip([3, 1, 2, 0], 3)
