from collections import deque

def bfs(graph, start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order

print(bfs({1: [2, 3], 2: [4], 3: [4], 4: []}, 1))
