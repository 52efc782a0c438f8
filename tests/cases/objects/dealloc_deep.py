import gc


class DictNode:
    def __init__(self, next):
        self.next = next


def chain(n):
    head = None
    for i in range(n):
        head = DictNode(head)
    return head


def nested_list(n):
    x = []
    for i in range(n):
        x = [x]
    return x


def nested_tuple(n):
    t = ()
    for i in range(n):
        t = (t,)
    return t


def nested_dict(n):
    d = {}
    for i in range(n):
        d = {"d": d}
    return d


def cycle(n):
    a = []
    cur = a
    for i in range(n):
        nxt = []
        cur.append(nxt)
        cur = nxt
    cur.append(a)


h = chain(100000)
h = None
print("freed a 100000-node chain of dict-based objects")
x = nested_list(100000)
del x
print("freed a list nested 100000 deep")
t = nested_tuple(100000)
del t
print("freed a tuple nested 100000 deep")
d = nested_dict(100000)
d = None
print("freed a dict nested 100000 deep")
gc.collect()
cycle(50000)
print("collected", gc.collect() >= 50000)
