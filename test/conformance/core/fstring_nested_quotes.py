# f-strings with nested expressions, dict access, method calls and conversions.
data = {'name': 'Ada', 'langs': ['py', 'ts']}
print(f"{data['name']} knows {len(data['langs'])}: {', '.join(data['langs'])}")
print(f"{data['name'].upper()!r:>8}", f'{3.14159:{"."}{2}f}' if False else f'{3.14159:.2f}')
width = 6
for v in (1, 22, 333):
    print(f'[{v:{width}}] [{v:<{width}}] [{v:^{width}x}]')
print(f'{1_000_000:,} {0.000012345:.3e} {255:#06x} {-12:+05d}')
