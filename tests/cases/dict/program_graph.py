# Program-like: graph algorithms over adjacency dicts
graph = {
    'A': {'B': 4, 'C': 2},
    'B': {'C': 5, 'D': 10},
    'C': {'E': 3},
    'D': {'F': 11},
    'E': {'D': 4},
    'F': {},
}
def dijkstra(g, src):
    dist = {n: float('inf') for n in g}
    prev = {}
    dist[src] = 0
    todo = set(g)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in g[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev
dist, prev = dijkstra(graph, 'A')
print(dist)
def path(prev, node):
    out = [node]
    while node in prev:
        node = prev[node]
        out.append(node)
    return out[::-1]
print({n: ''.join(path(prev, n)) for n in sorted(graph)})
def topo(g):
    indeg = {n: 0 for n in g}
    for u in g:
        for v in g[u]:
            indeg[v] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for v in sorted(g[n]):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    return order
print(topo(graph))
reverse = {}
for u, edges in graph.items():
    for v in edges:
        reverse.setdefault(v, {})[u] = edges[v]
print(dict(sorted(reverse.items())))
def bfs_levels(g, src):
    level = {src: 0}
    frontier = [src]
    while frontier:
        nxt = []
        for u in frontier:
            for v in sorted(g[u]):
                if v not in level:
                    level[v] = level[u] + 1
                    nxt.append(v)
        frontier = nxt
    return level
print(bfs_levels(graph, 'A'), bfs_levels(graph, 'D'))
