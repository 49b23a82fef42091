# CPython's secrets (on PYTHONPATH) over pyvm's random.SystemRandom (Node's crypto) and
# binascii/base64: tokens of the asked size and alphabet, randbelow, choice, compare_digest.
import secrets
import string

t = secrets.token_hex(8)
print(len(t), all(c in string.hexdigits for c in t))
b = secrets.token_bytes(5)
print(type(b).__name__, len(b))
u = secrets.token_urlsafe(12)
print(len(u) == 16, all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(50)), secrets.choice('ab') in 'ab', secrets.randbits(70) < 2 ** 70)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'a', b'b'))
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError:', e)
