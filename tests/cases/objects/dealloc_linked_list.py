class Node:
    __slots__ = ("next", "value")

    def __init__(self, value, next):
        self.value = value
        self.next = next


def build_pairs(n):
    head = None
    for i in range(n):
        head = [i, head]
    return head


def build_nodes(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


head = build_pairs(1000000)
print(head[0], head[1][0])
del head
print("freed a million-node linked list")
head = build_nodes(200000)
print(head.value, head.next.value)
head = None
print("freed a 200000-node list of slotted objects")
