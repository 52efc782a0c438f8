"""heapq for Heron: heap queue algorithm on plain lists (min-heaps).

Not implemented: merge() reads all its inputs up front (not lazy); the private
_heapify_max family is omitted.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_up(heap, start, pos):
    # move heap[pos] up towards start until its parent is not larger
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # bottom-up variant: move the smaller child up until a leaf, then sift up
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return result
    return last


def heapreplace(heap, item):
    result = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return result


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def merge(*iterables, key=None, reverse=False):
    items = []
    for order, it in enumerate(iterables):
        for value in it:
            items.append((value, order))
    # a stable sort by key reproduces merge's output for sorted inputs
    if key is None:
        items.sort(key=lambda p: p[0], reverse=reverse)
    else:
        items.sort(key=lambda p: key(p[0]), reverse=reverse)
    for value, _ in items:
        yield value


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
