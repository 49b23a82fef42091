// _socket: the C module under CPython's socket module. pyvm has no sockets (Node's are
// asynchronous and not file descriptors), but the socket module is imported by much that never
// opens one: asyncio, so unittest.mock (and with it CPython's test_typing, test_functools ...),
// http, email.utils, logging.handlers. This module has CPython's constants (Linux values), types
// and pure functions (byte order, address text <-> bytes, CMSG sizes, the default timeout);
// every operation that needs the operating system's network stack fails with OSError: creating
// a socket (ENOSYS: pyvm cannot), resolving a host name other than a numeric address
// (socket.gaierror EAI_AGAIN, as CPython's on a machine without a network).
//
// pyvm's own source, written from the socket module's documentation.

import { definePythonModule } from './python_source';

// CPython 3.11's integer constants of _socket on Linux (x86-64), NAME=value.
const CONSTANTS = `
AF_ALG=38 AF_DECnet=12 AF_APPLETALK=5 AF_ASH=18 AF_ATMPVC=8 AF_ATMSVC=20 AF_AX25=3 AF_BRIDGE=7 AF_CAN=29
AF_ECONET=19 AF_INET=2 AF_INET6=10 AF_IPX=4 AF_IRDA=23 AF_KEY=15 AF_LLC=26 AF_NETBEUI=13
AF_NETLINK=16 AF_NETROM=6 AF_PACKET=17 AF_PPPOX=24 AF_QIPCRTR=42 AF_RDS=21 AF_ROSE=11
AF_ROUTE=16 AF_SECURITY=14 AF_SNA=22 AF_TIPC=30 AF_UNIX=1 AF_UNSPEC=0 AF_VSOCK=40 AF_WANPIPE=25
AF_X25=9 AI_ADDRCONFIG=32 AI_ALL=16 AI_CANONNAME=2 AI_NUMERICHOST=4 AI_NUMERICSERV=1024
AI_PASSIVE=1 AI_V4MAPPED=8 ALG_OP_DECRYPT=0 ALG_OP_ENCRYPT=1 ALG_OP_SIGN=2 ALG_OP_VERIFY=3
ALG_SET_AEAD_ASSOCLEN=4 ALG_SET_AEAD_AUTHSIZE=5 ALG_SET_IV=2 ALG_SET_KEY=1 ALG_SET_OP=3
ALG_SET_PUBKEY=6 CAN_BCM=2 CAN_BCM_CAN_FD_FRAME=2048 CAN_BCM_RX_ANNOUNCE_RESUME=256
CAN_BCM_RX_CHANGED=12 CAN_BCM_RX_CHECK_DLC=64 CAN_BCM_RX_DELETE=6 CAN_BCM_RX_FILTER_ID=32
CAN_BCM_RX_NO_AUTOTIMER=128 CAN_BCM_RX_READ=7 CAN_BCM_RX_RTR_FRAME=1024 CAN_BCM_RX_SETUP=5
CAN_BCM_RX_STATUS=10 CAN_BCM_RX_TIMEOUT=11 CAN_BCM_SETTIMER=1 CAN_BCM_STARTTIMER=2
CAN_BCM_TX_ANNOUNCE=8 CAN_BCM_TX_COUNTEVT=4 CAN_BCM_TX_CP_CAN_ID=16 CAN_BCM_TX_DELETE=2
CAN_BCM_TX_EXPIRED=9 CAN_BCM_TX_READ=3 CAN_BCM_TX_RESET_MULTI_IDX=512 CAN_BCM_TX_SEND=4
CAN_BCM_TX_SETUP=1 CAN_BCM_TX_STATUS=8 CAN_EFF_FLAG=2147483648 CAN_EFF_MASK=536870911
CAN_ERR_FLAG=536870912 CAN_ERR_MASK=536870911 CAN_ISOTP=6 CAN_J1939=7 CAN_RAW=1
CAN_RAW_FD_FRAMES=5 CAN_RAW_FILTER=1 CAN_RAW_JOIN_FILTERS=6 CAN_RAW_LOOPBACK=3
CAN_RAW_RECV_OWN_MSGS=4 CAN_RTR_FLAG=1073741824 CAN_SFF_MASK=2047 EAI_ADDRFAMILY=-9 EAI_AGAIN=-3
EAI_BADFLAGS=-1 EAI_FAIL=-4 EAI_FAMILY=-6 EAI_MEMORY=-10 EAI_NODATA=-5 EAI_NONAME=-2
EAI_OVERFLOW=-12 EAI_SERVICE=-8 EAI_SOCKTYPE=-7 EAI_SYSTEM=-11 INADDR_ALLHOSTS_GROUP=3758096385
INADDR_ANY=0 INADDR_BROADCAST=4294967295 INADDR_LOOPBACK=2130706433
INADDR_MAX_LOCAL_GROUP=3758096639 INADDR_NONE=4294967295 INADDR_UNSPEC_GROUP=3758096384
IOCTL_VM_SOCKETS_GET_LOCAL_CID=1977 IPPORT_RESERVED=1024 IPPORT_USERRESERVED=5000 IPPROTO_AH=51
IPPROTO_DSTOPTS=60 IPPROTO_EGP=8 IPPROTO_ESP=50 IPPROTO_FRAGMENT=44 IPPROTO_GRE=47
IPPROTO_HOPOPTS=0 IPPROTO_ICMP=1 IPPROTO_ICMPV6=58 IPPROTO_IDP=22 IPPROTO_IGMP=2 IPPROTO_IP=0
IPPROTO_IPIP=4 IPPROTO_IPV6=41 IPPROTO_MPTCP=262 IPPROTO_NONE=59 IPPROTO_PIM=103 IPPROTO_PUP=12
IPPROTO_RAW=255 IPPROTO_ROUTING=43 IPPROTO_RSVP=46 IPPROTO_SCTP=132 IPPROTO_TCP=6 IPPROTO_TP=29
IPPROTO_UDP=17 IPPROTO_UDPLITE=136 IPV6_CHECKSUM=7 IPV6_DONTFRAG=62 IPV6_DSTOPTS=59
IPV6_HOPLIMIT=52 IPV6_HOPOPTS=54 IPV6_JOIN_GROUP=20 IPV6_LEAVE_GROUP=21 IPV6_MULTICAST_HOPS=18
IPV6_MULTICAST_IF=17 IPV6_MULTICAST_LOOP=19 IPV6_NEXTHOP=9 IPV6_PATHMTU=61 IPV6_PKTINFO=50
IPV6_RECVDSTOPTS=58 IPV6_RECVHOPLIMIT=51 IPV6_RECVHOPOPTS=53 IPV6_RECVPATHMTU=60
IPV6_RECVPKTINFO=49 IPV6_RECVRTHDR=56 IPV6_RECVTCLASS=66 IPV6_RTHDR=57 IPV6_RTHDRDSTOPTS=55
IPV6_RTHDR_TYPE_0=0 IPV6_TCLASS=67 IPV6_UNICAST_HOPS=16 IPV6_V6ONLY=26 IP_ADD_MEMBERSHIP=35
IP_BIND_ADDRESS_NO_PORT=24 IP_DEFAULT_MULTICAST_LOOP=1 IP_DEFAULT_MULTICAST_TTL=1
IP_DROP_MEMBERSHIP=36 IP_HDRINCL=3 IP_MAX_MEMBERSHIPS=20 IP_MULTICAST_IF=32 IP_MULTICAST_LOOP=34
IP_MULTICAST_TTL=33 IP_OPTIONS=4 IP_RECVOPTS=6 IP_RECVRETOPTS=7 IP_RECVTOS=13 IP_RETOPTS=7
IP_TOS=1 IP_TRANSPARENT=19 IP_TTL=2 J1939_EE_INFO_NONE=0 J1939_EE_INFO_TX_ABORT=1
J1939_FILTER_MAX=512 J1939_IDLE_ADDR=254 J1939_MAX_UNICAST_ADDR=253 J1939_NLA_BYTES_ACKED=1
J1939_NLA_PAD=0 J1939_NO_ADDR=255 J1939_NO_NAME=0 J1939_NO_PGN=262144
J1939_PGN_ADDRESS_CLAIMED=60928 J1939_PGN_ADDRESS_COMMANDED=65240 J1939_PGN_MAX=262143
J1939_PGN_PDU1_MAX=261888 J1939_PGN_REQUEST=59904 MSG_CMSG_CLOEXEC=1073741824 MSG_CONFIRM=2048
MSG_CTRUNC=8 MSG_DONTROUTE=4 MSG_DONTWAIT=64 MSG_EOR=128 MSG_ERRQUEUE=8192
MSG_FASTOPEN=536870912 MSG_MORE=32768 MSG_NOSIGNAL=16384 MSG_OOB=1 MSG_PEEK=2 MSG_TRUNC=32
MSG_WAITALL=256 NETLINK_CRYPTO=21 NETLINK_DNRTMSG=14 NETLINK_FIREWALL=3 NETLINK_IP6_FW=13
NETLINK_NFLOG=5 NETLINK_ROUTE=0 NETLINK_USERSOCK=2 NETLINK_XFRM=6 NI_DGRAM=16 NI_MAXHOST=1025
NI_MAXSERV=32 NI_NAMEREQD=8 NI_NOFQDN=4 NI_NUMERICHOST=1 NI_NUMERICSERV=2 PACKET_BROADCAST=1
PACKET_FASTROUTE=6 PACKET_HOST=0 PACKET_LOOPBACK=5 PACKET_MULTICAST=2 PACKET_OTHERHOST=3
PACKET_OUTGOING=4 PF_CAN=29 PF_PACKET=17 PF_RDS=21 SCM_CREDENTIALS=2 SCM_J1939_DEST_ADDR=1
SCM_J1939_DEST_NAME=2 SCM_J1939_ERRQUEUE=4 SCM_J1939_PRIO=3 SCM_RIGHTS=1 SHUT_RD=0 SHUT_RDWR=2
SHUT_WR=1 SOCK_CLOEXEC=524288 SOCK_DGRAM=2 SOCK_NONBLOCK=2048 SOCK_RAW=3 SOCK_RDM=4
SOCK_SEQPACKET=5 SOCK_STREAM=1 SOL_ALG=279 SOL_CAN_BASE=100 SOL_CAN_RAW=101 SOL_IP=0 SOL_RDS=276
SOL_SOCKET=1 SOL_TCP=6 SOL_TIPC=271 SOL_UDP=17 SOMAXCONN=4096 SO_ACCEPTCONN=30
SO_BINDTODEVICE=25 SO_BROADCAST=6 SO_DEBUG=1 SO_DOMAIN=39 SO_DONTROUTE=5 SO_ERROR=4
SO_INCOMING_CPU=49 SO_J1939_ERRQUEUE=4 SO_J1939_FILTER=1 SO_J1939_PROMISC=2 SO_J1939_SEND_PRIO=3
SO_KEEPALIVE=9 SO_LINGER=13 SO_MARK=36 SO_OOBINLINE=10 SO_PASSCRED=16 SO_PASSSEC=34
SO_PEERCRED=17 SO_PEERSEC=31 SO_PRIORITY=12 SO_PROTOCOL=38 SO_RCVBUF=8 SO_RCVLOWAT=18
SO_RCVTIMEO=20 SO_REUSEADDR=2 SO_REUSEPORT=15 SO_SNDBUF=7 SO_SNDLOWAT=19 SO_SNDTIMEO=21
SO_TYPE=3 SO_VM_SOCKETS_BUFFER_MAX_SIZE=2 SO_VM_SOCKETS_BUFFER_MIN_SIZE=1
SO_VM_SOCKETS_BUFFER_SIZE=0 TCP_CONGESTION=13 TCP_CORK=3 TCP_DEFER_ACCEPT=9 TCP_FASTOPEN=23
TCP_INFO=11 TCP_KEEPCNT=6 TCP_KEEPIDLE=4 TCP_KEEPINTVL=5 TCP_LINGER2=8 TCP_MAXSEG=2
TCP_NODELAY=1 TCP_NOTSENT_LOWAT=25 TCP_QUICKACK=12 TCP_SYNCNT=7 TCP_USER_TIMEOUT=18
TCP_WINDOW_CLAMP=10 TIPC_ADDR_ID=3 TIPC_ADDR_NAME=2 TIPC_ADDR_NAMESEQ=1 TIPC_CFG_SRV=0
TIPC_CLUSTER_SCOPE=2 TIPC_CONN_TIMEOUT=130 TIPC_CRITICAL_IMPORTANCE=3 TIPC_DEST_DROPPABLE=129
TIPC_HIGH_IMPORTANCE=2 TIPC_IMPORTANCE=127 TIPC_LOW_IMPORTANCE=0 TIPC_MEDIUM_IMPORTANCE=1
TIPC_NODE_SCOPE=3 TIPC_PUBLISHED=1 TIPC_SRC_DROPPABLE=128 TIPC_SUBSCR_TIMEOUT=3
TIPC_SUB_CANCEL=4 TIPC_SUB_PORTS=1 TIPC_SUB_SERVICE=2 TIPC_TOP_SRV=1 TIPC_WAIT_FOREVER=-1
TIPC_WITHDRAWN=2 TIPC_ZONE_SCOPE=1 UDPLITE_RECV_CSCOV=11 UDPLITE_SEND_CSCOV=10
VMADDR_CID_ANY=4294967295 VMADDR_CID_HOST=2 VMADDR_PORT_ANY=4294967295
VM_SOCKETS_INVALID_VERSION=4294967295`;

definePythonModule('_socket', `
"""Implementation module for socket operations.

See the socket module for documentation."""

import errno as _errno

for _item in """${CONSTANTS}""".split():
    _name, _, _value = _item.partition('=')
    globals()[_name] = int(_value)
del _item, _name, _value

has_ipv6 = True
error = OSError
timeout = TimeoutError


class herror(OSError):
    __module__ = 'socket'


class gaierror(OSError):
    __module__ = 'socket'

_default_timeout = None


def _no_sockets():
    return OSError(_errno.ENOSYS, 'Function not implemented')


def _timeout_value(value):
    if value is None:
        return None
    value = value if isinstance(value, float) else _index(value)
    if value < 0:
        raise ValueError('Timeout value out of range')
    return float(value)


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object
socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object

Open a socket of the given type (pyvm: not supported, OSError ENOSYS)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        raise _no_sockets()

    family = property(lambda self: AF_INET, doc='the socket family')
    type = property(lambda self: SOCK_STREAM, doc='the socket type')
    proto = property(lambda self: 0, doc='the socket protocol')
    timeout = property(lambda self: None, doc='the socket timeout')

    def fileno(self):
        return -1

    def gettimeout(self):
        return None

    def getblocking(self):
        return True

    def close(self):
        pass

    def detach(self):
        return -1

    def _fail(self, *args, **kwargs):
        raise _no_sockets()

    _accept = bind = connect = connect_ex = getpeername = getsockname = _fail
    getsockopt = setsockopt = listen = recv = recv_into = recvfrom = _fail
    recvfrom_into = recvmsg = recvmsg_into = send = sendall = sendmsg = _fail
    sendmsg_afalg = sendto = setblocking = settimeout = shutdown = _fail
    del _fail


SocketType = socket


def _u16(name, x):
    x = x.__index__() if not isinstance(x, int) else x
    if x < 0:
        raise OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer"
                            % name)
    if x > 0xFFFF:
        raise OverflowError('%s: Python int too large to convert to C 16-bit unsigned integer'
                            % name)
    return x


def _u32(x):
    x = x.__index__() if not isinstance(x, int) else x
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xFFFFFFFF:
        raise OverflowError('int larger than 32 bits')
    return x


def _index(x):
    if isinstance(x, int):
        return x
    if not hasattr(type(x), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return type(x).__index__(x)


def htons(x, /):
    """Convert a 16-bit unsigned integer from host to network byte order."""
    x = _u16('htons', _index(x))
    return ((x & 0xFF) << 8) | (x >> 8)


def ntohs(x, /):
    """Convert a 16-bit unsigned integer from network to host byte order."""
    x = _u16('ntohs', _index(x))
    return ((x & 0xFF) << 8) | (x >> 8)


def htonl(x, /):
    """Convert a 32-bit integer from host to network byte order."""
    return int.from_bytes(_u32(_index(x)).to_bytes(4, 'little'), 'big')


def ntohl(x, /):
    """Convert a 32-bit integer from network to host byte order."""
    return int.from_bytes(_u32(_index(x)).to_bytes(4, 'little'), 'big')


def _parse_ipv4(text, strict):
    # inet_aton's forms (strict=False): a, a.b, a.b.c, a.b.c.d with decimal, octal (0...) or
    # hex (0x...) parts; inet_pton's (strict=True): exactly four decimal parts 0-255.
    parts = text.split('.')
    if not 1 <= len(parts) <= 4 or (strict and len(parts) != 4):
        return None
    values = []
    for p in parts:
        if strict:
            if not p.isdigit() or not p.isascii() or len(p) > 3 or (len(p) > 1 and p[0] == '0'):
                return None
            values.append(int(p))
            continue
        try:
            if p[:2] in ('0x', '0X'):
                v = int(p[2:], 16) if p[2:] else 0
            elif len(p) > 1 and p[0] == '0':
                v = int(p[1:], 8)
            else:
                if not p.isdigit() or not p.isascii():
                    return None
                v = int(p)
        except ValueError:
            return None
        values.append(v)
    last = values.pop()
    if any(v > 255 for v in values) or last >= 1 << (8 * (4 - len(values))):
        return None
    n = 0
    for v in values:
        n = (n << 8) | v
    n = (n << (8 * (4 - len(values)))) | last
    return n.to_bytes(4, 'big')


def inet_aton(string, /):
    """Convert an IP address in string format (123.45.67.89) to the 32-bit packed binary format."""
    if not isinstance(string, str):
        raise TypeError('inet_aton() argument 1 must be str, not %s' % type(string).__name__)
    packed = _parse_ipv4(string, False) if string.isascii() else None
    if packed is None:
        raise OSError('illegal IP address string passed to inet_aton')
    return packed


def inet_ntoa(packed_ip, /):
    """Convert an IP address from 32-bit packed binary format to string format."""
    packed_ip = bytes(memoryview(packed_ip))
    if len(packed_ip) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '%d.%d.%d.%d' % tuple(packed_ip)


def _parse_ipv6(text):
    if text.count('::') > 1 or not text.isascii():
        return None
    tail4 = b''
    if '.' in text:
        head, _, v4 = text.rpartition(':')
        tail4 = _parse_ipv4(v4, True)
        if tail4 is None:
            return None
        text = head + ('0:0' if head.endswith('::') else ':0:0')
    def groups(s):
        if s == '':
            return []
        out = []
        for g in s.split(':'):
            if not 1 <= len(g) <= 4 or any(c not in '0123456789abcdefABCDEF' for c in g):
                return None
            out.append(int(g, 16))
        return out
    if '::' in text:
        a, b = text.split('::')
        ga, gb = groups(a), groups(b)
        if ga is None or gb is None or len(ga) + len(gb) > 7:
            return None
        g = ga + [0] * (8 - len(ga) - len(gb)) + gb
    else:
        g = groups(text)
        if g is None or len(g) != 8:
            return None
    packed = b''.join(x.to_bytes(2, 'big') for x in g)
    if tail4:
        packed = packed[:12] + tail4
    return packed


def inet_pton(address_family, ip_string, /):
    """Convert an IP address from string format to a packed string suitable for use with low-level network functions."""
    if not isinstance(ip_string, str):
        raise TypeError('inet_pton() argument 2 must be str, not %s' % type(ip_string).__name__)
    if address_family == AF_INET:
        packed = _parse_ipv4(ip_string, True) if ip_string.isascii() else None
    elif address_family == AF_INET6:
        packed = _parse_ipv6(ip_string)
    else:
        raise OSError(_errno.EAFNOSUPPORT, 'Address family not supported by protocol')
    if packed is None:
        raise OSError('illegal IP address string passed to inet_pton')
    return packed


def inet_ntop(address_family, packed_ip, /):
    """Convert a packed IP address of the given family to string format."""
    packed_ip = bytes(memoryview(packed_ip))
    if address_family == AF_INET:
        if len(packed_ip) != 4:
            raise ValueError('invalid length of packed IP address string')
        return '%d.%d.%d.%d' % tuple(packed_ip)
    if address_family == AF_INET6:
        if len(packed_ip) != 16:
            raise ValueError('invalid length of packed IP address string')
        g = [int.from_bytes(packed_ip[i:i + 2], 'big') for i in range(0, 16, 2)]
        if g[:5] == [0] * 5 and g[5] == 0xFFFF:
            return '::ffff:%d.%d.%d.%d' % tuple(packed_ip[12:])
        best, blen, i = -1, 0, 0
        while i < 8:
            if g[i] == 0:
                j = i
                while j < 8 and g[j] == 0:
                    j += 1
                if j - i > blen and j - i > 1:
                    best, blen = i, j - i
                i = j
            else:
                i += 1
        hexes = ['%x' % x for x in g]
        if best < 0:
            return ':'.join(hexes)
        return ':'.join(hexes[:best]) + '::' + ':'.join(hexes[best + blen:])
    raise ValueError('unknown address family %d' % address_family)


def CMSG_LEN(length, /):
    """Return the total length, without trailing padding, of an ancillary data item with associated data of the given length."""
    length = _index(length)
    if length < 0 or length > 0x7FFFFFFFFFFFFFFF - 16:
        raise OverflowError('CMSG_LEN() argument out of range')
    return 16 + length


def CMSG_SPACE(length, /):
    """Return the buffer size needed for recvmsg() to receive an ancillary data item with associated data of the given length, along with any trailing padding."""
    length = _index(length)
    if length < 0 or length > 0x7FFFFFFFFFFFFFFF - 24:
        raise OverflowError('CMSG_SPACE() argument out of range')
    return 16 + ((length + 7) & ~7)


def getdefaulttimeout():
    """Returns the default timeout in seconds (float) for new socket objects."""
    return _default_timeout


def setdefaulttimeout(timeout, /):
    """Set the default timeout in seconds (float) for new socket objects."""
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


def gethostname():
    """Return the current host's name."""
    try:
        with open('/proc/sys/kernel/hostname') as f:
            return f.read().strip()
    except OSError:
        raise _no_sockets() from None


def sethostname(name, /):
    """Sets the hostname to name."""
    raise OSError(_errno.EPERM, 'Operation not permitted')


def _no_resolver():
    return gaierror(EAI_AGAIN, 'Temporary failure in name resolution')


def _numeric_host(host):
    if host is None:
        return None
    if isinstance(host, (bytes, bytearray)):
        host = host.decode('ascii')
    if not isinstance(host, str):
        raise TypeError('getaddrinfo() argument 1 must be string or None')
    if _parse_ipv4(host, True) is not None:
        return (AF_INET, host)
    if _parse_ipv6(host) is not None:
        return (AF_INET6, host)
    raise _no_resolver()


def gethostbyname(hostname, /):
    """Return the IP address (a string of the form '255.255.255.255') for a host."""
    found = _numeric_host(hostname)
    if found[0] != AF_INET:
        raise gaierror(EAI_ADDRFAMILY, 'Address family for hostname not supported')
    return found[1]


def gethostbyname_ex(hostname, /):
    """Return the true host name, a list of aliases, and a list of IP addresses, for a host."""
    addr = gethostbyname(hostname)
    return (addr, [], [addr])


def gethostbyaddr(ip_address, /):
    """Return the true host name, a list of aliases, and a list of IP addresses, for a host."""
    raise herror(1, 'Unknown host')


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into addrinfo struct (pyvm: numeric addresses only)."""
    if isinstance(port, int):
        pass
    elif isinstance(port, (str, bytes)):
        port = port.decode('ascii') if isinstance(port, bytes) else port
        if not port.isdigit():
            raise gaierror(EAI_SERVICE, 'Servname not supported for ai_socktype')
        port = int(port)
    elif port is None:
        port = 0
    else:
        raise OSError('Int or String expected')
    if host is None:
        host = '127.0.0.1' if not flags & AI_PASSIVE else '0.0.0.0'
    fam, addr = _numeric_host(host)
    if family not in (0, fam):
        raise gaierror(EAI_ADDRFAMILY, 'Address family for hostname not supported')
    sockaddr = (addr, port) if fam == AF_INET else (addr, port, 0, 0)
    protos = {SOCK_STREAM: IPPROTO_TCP, SOCK_DGRAM: IPPROTO_UDP}
    kinds = [(type, protos.get(type, 0))] if type else [(SOCK_STREAM, IPPROTO_TCP), (SOCK_DGRAM, IPPROTO_UDP),
                                          (SOCK_RAW, 0)]
    return [(fam, t, p if not proto else proto, '', sockaddr) for t, p in kinds]


def getnameinfo(sockaddr, flags, /):
    """Get host and port for a sockaddr."""
    raise _no_resolver()


def getservbyname(servicename, protocolname=None, /):
    """Return a port number from a service name and protocol name."""
    raise OSError('service/proto not found')


def getservbyport(port, protocolname=None, /):
    """Return the service name from a port number and protocol name."""
    raise OSError('port/proto not found')


def getprotobyname(protocolname, /):
    """Return the protocol number for the named protocol."""
    known = {'ip': 0, 'icmp': 1, 'tcp': 6, 'udp': 17, 'ipv6': 41, 'raw': 255}
    try:
        return known[protocolname]
    except KeyError:
        raise OSError('protocol not found') from None


def if_nameindex():
    """Returns a list of network interface information (index, name) tuples."""
    raise _no_sockets()


def if_nametoindex(if_name, /):
    """Returns the interface index corresponding to the interface name if_name."""
    raise OSError('no interface with this name')


def if_indextoname(if_index, /):
    """Returns the interface name corresponding to the interface index if_index."""
    raise OSError(_errno.ENXIO, 'No such device or address')


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0, /):
    """socketpair([family[, type [, proto]]]) -> (socket object, socket object)"""
    raise _no_sockets()


def close(fd, /):
    """Close an integer socket file descriptor."""
    import os
    os.close(fd)


def dup(fd, /):
    """Duplicate an integer socket file descriptor."""
    raise _no_sockets()
`, { cTypes: { socket: '_socket' } });
