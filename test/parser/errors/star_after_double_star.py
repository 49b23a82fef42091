f(a, **b, *c)
