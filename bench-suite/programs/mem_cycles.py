"""Memory: reference cycles built and dropped in a loop (parent/child links, self-referencing
lists and dicts). Only the cycle collector can free them; with it working, memory stays
bounded however many cycles are made. The runner's peak RSS column is the figure of interest.

Size parameter: thousands of cycles created.
"""
import gc
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.parent = None
        self.children = []

    def add(self, child):
        child.parent = self
        self.children.append(child)


def make_cycle(i):
    root = Node(i)
    root.add(Node(i + 1))
    root.add(Node(i + 2))
    loop = [root]
    loop.append(loop)
    d = {"self": None, "n": i}
    d["self"] = d
    return root.value + len(loop) + d["n"] % 7


def main():
    n = (int(sys.argv[1]) if len(sys.argv) > 1 else 1000) * 1000
    total = 0
    for i in range(n):
        total = (total + make_cycle(i)) & 0xFFFFFFFF
    gc.collect()
    print(f"cycles={n}")
    print(f"checksum: mem_cycles cycles={n} total={total}")


main()
