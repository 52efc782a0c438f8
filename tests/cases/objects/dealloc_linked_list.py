class Node:
    __slots__ = ("next", "value")

    def __init__(self, value, next):
        self.value = value
        self.next = next


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


head = build(1000000)
print(head.value, head.next.value)
del head
print("freed a million-node linked list")
