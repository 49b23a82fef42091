# len and indexing count code points, not UTF-16 units.
s = 'héllo wörld ✓ 🐍 𝔘'
print(len(s), s[0], s[1], s[12], s[14], s[16], s[-1])
print(s[::-1])
print(len('🐍🐍'), '🐍🐍'[1], ord('🐍'), chr(128013), hex(ord('𝔘')))
print([c for c in 'a🐍b'])
print('🐍' in s, s.find('🐍'), s.index('𝔘'), '🐍x🐍'.split('x'))
print('ab🐍cd'.upper(), 'ÀÉÎ'.lower(), len('é'), len('é'))
