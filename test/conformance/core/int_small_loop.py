# A tight integer loop: sums, xor, modular arithmetic.
total = 0
x = 1
for i in range(5000):
    total += i * i % 7
    x = (x * 31 + i) % 1000003
print(total, x)
acc = 0
i = 0
while i < 3000:
    acc ^= i << (i % 5)
    i += 1
print(acc)
