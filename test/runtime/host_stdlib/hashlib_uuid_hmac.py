import hashlib
import hmac
import uuid

for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
             'blake2b', 'blake2s'):
    h = hashlib.new(name)
    h.update(b'hello ')
    c = h.copy()
    h.update(b'world')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16], getattr(hashlib, name)(b'x').digest()[:4])
print(hashlib.shake_128(b'abc').hexdigest(10), hashlib.shake_256(b'abc').digest(5), hashlib.shake_128().name)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.sha256(b'a' * 1000).hexdigest(), hashlib.md5(bytearray(b'ba'), usedforsecurity=False).hexdigest())
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)
print(hmac.new(b'key', b'message', 'sha256').hexdigest(), hmac.digest(b'k', b'm', 'md5'))
mac = hmac.new(b'secret', digestmod=hashlib.sha1)
mac.update(b'part1')
mac.update(b'part2')
print(mac.name, mac.digest_size, mac.hexdigest(), hmac.compare_digest(b'ab', b'ab'), hmac.compare_digest('a', 'b'))

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.fields, u.bytes, u.urn, u.bytes_le)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'))
print(uuid.SafeUUID.safe, uuid.SafeUUID(-1), repr(uuid.SafeUUID.unknown), len(str(uuid.uuid4())), uuid.uuid4().version)
print(uuid.UUID(bytes=b'\x00' * 16), uuid.UUID(int=1), uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, u < uuid.UUID(int=2 ** 127))
try:
    uuid.UUID('bad')
except ValueError as e:
    print('ValueError', e)
