# Lambdas created in comprehensions capture the loop variable by reference.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in fs2])
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](10) for k in adders])
