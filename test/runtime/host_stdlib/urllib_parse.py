from urllib.parse import (urlparse, urlunparse, urlsplit, urljoin, urlencode, parse_qs, parse_qsl, quote,
                          quote_plus, unquote, unquote_plus, urldefrag, SplitResult)
import ipaddress

u = urlparse('https://user:pw@example.com:8080/a/b;p?q=1&r=two#frag')
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(urlunparse(u), u.geturl(), u._replace(scheme='http').geturl())
print(urlsplit('//host/path?x=1'), urlsplit('mailto:someone@example.com'))
for base, rel in (('http://a/b/c/d;p?q', 'g'), ('http://a/b/c/d;p?q', '../g'), ('http://a/b/c/d;p?q', '//x/y'),
                  ('http://a/b/c/d;p?q', '?y'), ('http://a/b/c/d;p?q', '#s'), ('http://a/b/c/d;p?q', '../../../g')):
    print(urljoin(base, rel))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['p', 'q']}, doseq=True), urlencode([('k', 'v&w')]))
print(parse_qs('a=1&a=2&b=%20x&c='), parse_qs('c=', keep_blank_values=True), parse_qsl('x=1;y=2', separator=';'))
print(quote('a b/c?d=é'), quote('/x y', safe=''), quote_plus('a b+c'), unquote('%E2%82%AC%20x'), unquote_plus('a+b%2B'))
print(urldefrag('http://x/y#z'), urldefrag('http://x/y#z').url)
print(SplitResult('s', 'n', '/p', 'q', 'f').geturl(), urlparse(b'http://h/p').hostname)
print(urlsplit('http://[::1]:80/').hostname, urlsplit('http://[::1]:80/').port)
try:
    urlsplit('http://h:99999/').port
except ValueError as e:
    print('ValueError', e)
print(ipaddress.ip_address('192.168.0.1') + 3, ipaddress.ip_network('10.0.0.0/30').num_addresses)
print(list(ipaddress.ip_network('10.0.0.0/30').hosts()), ipaddress.ip_address('::1').is_loopback)
print(ipaddress.ip_interface('10.1.2.3/24').network, int(ipaddress.IPv4Address('1.2.3.4')))
