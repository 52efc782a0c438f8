def stateful():
    local_list = []
    for i in range(3):
        local_list.append(i)
        yield list(local_list)
    yield "total " + str(sum(local_list))
print(list(stateful()))
def two_gens():
    a = stateful()
    b = stateful()
    return [next(a), next(a), next(b), next(a), next(b)]
print(two_gens())
def gen_with_args(start, *, step=2):
    x = start
    while x < 10:
        yield x
        x += step
print(list(gen_with_args(1)), list(gen_with_args(0, step=5)))
