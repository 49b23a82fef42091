def run(steps):
    xs = [0.0, 1.0, 2.5]
    vs = [0.1, -0.2, 0.05]
    ms = [1.0, 0.5, 0.25]
    for _ in range(steps):
        for i in range(3):
            f = 0.0
            for j in range(3):
                if i != j:
                    d = xs[j] - xs[i]
                    f += ms[j] * d / (d * d + 0.01) ** 1.5
            vs[i] += f * 0.001
        for i in range(3):
            xs[i] += vs[i] * 0.001
    return xs
print([round(x, 6) for x in run(40000)])
