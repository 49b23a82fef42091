# gcd, lcm, prime factorisation with ints.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def factors(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), 48 * 18 // gcd(48, 18))
for n in (360, 97, 1001, 2 ** 20, 600851475143):
    print(n, factors(n))
