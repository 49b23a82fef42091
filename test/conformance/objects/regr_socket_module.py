# _socket, the C module under socket (asyncio and unittest.mock import it): constants,
# exception types and the pure functions (byte order, addresses, CMSG sizes, default
# timeout), with CPython's messages. (No socket is created: pyvm has none.)
import _socket as s

print(s.AF_INET, s.AF_INET6, s.AF_UNIX, s.SOCK_STREAM, s.SOCK_DGRAM, s.SOL_SOCKET, s.SO_REUSEADDR,
      s.IPPROTO_TCP, s.MSG_PEEK, s.AI_PASSIVE, s.EAI_NONAME, s.SHUT_RDWR, s.has_ipv6)
print(s.error is OSError, s.timeout is TimeoutError, issubclass(s.gaierror, OSError),
      issubclass(s.herror, OSError), s.gaierror.__module__, s.herror.__name__)
print(s.SocketType is s.socket, s.socket.__module__, s.socket.__name__)
print(s.htons(1), s.ntohs(256), s.htonl(1), s.ntohl(16777216), s.htons(True))
print(s.inet_aton('1.2.3'), s.inet_aton('127.1'), s.inet_aton('0x7f.1'), s.inet_aton('10.0.0.255'))
print(s.inet_ntoa(b'\x7f\x00\x00\x01'), s.inet_ntoa(bytearray(b'\xff\x01\x02\x03')))
print(s.inet_pton(s.AF_INET, '192.168.0.1'), s.inet_pton(s.AF_INET6, '::1'))
print(s.inet_pton(s.AF_INET6, '::ffff:1.2.3.4'), s.inet_pton(s.AF_INET6, '1:2:3:4:5:6:7:8'))
for text in ['1:0:0:2::3', '::', '::1', 'fe80::1:2', '1:2:3:4:5:6:7:8', '::ffff:10.1.2.3', '1:0:0:0:1:0:0:1']:
    print(text, s.inet_ntop(s.AF_INET6, s.inet_pton(s.AF_INET6, text)))
print(s.inet_ntop(s.AF_INET, b'\x01\x02\x03\x04'), s.CMSG_LEN(4), s.CMSG_SPACE(4), s.CMSG_SPACE(0))
print(s.getdefaulttimeout())
s.setdefaulttimeout(5)
print(s.getdefaulttimeout())
s.setdefaulttimeout(0.25)
print(s.getdefaulttimeout())
s.setdefaulttimeout(None)
print(s.getdefaulttimeout())
print(s.getaddrinfo('127.0.0.1', 80))
print(s.getaddrinfo('127.0.0.1', '8080', type=s.SOCK_DGRAM))
print(s.gethostbyname('10.1.2.3'), s.getprotobyname('tcp'), s.getprotobyname('udp'))
print(isinstance(s.gethostname(), str))
for expr in ['s.htons(-1)', 's.htons(70000)', 's.htonl(2**32)', 's.htons(1.0)', 's.inet_aton("x")',
             's.inet_aton("1.2.3.4.5")', 's.inet_aton("256.1.1.1")', 's.inet_ntoa(b"12")',
             's.inet_pton(s.AF_INET, "1.2.3")', 's.inet_pton(s.AF_INET6, "1::2::3")',
             's.inet_pton(s.AF_INET6, "12345::")', 's.inet_ntop(s.AF_INET, b"123")',
             's.inet_ntop(s.AF_INET6, b"123")', 's.setdefaulttimeout(-1)', 's.setdefaulttimeout("a")',
             's.inet_pton(99, "1")', 's.CMSG_LEN(-1)', 's.getprotobyname("nope")']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
