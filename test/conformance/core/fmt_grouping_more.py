# Grouping options with bases and floats; alternate forms; zero padding with signs.
print(f'{255:_x}', f'{2**40:_b}', f'{123456789:_o}', f'{1234567.891:_.2f}', f'{-1234567:,}')
print(f'{1e100:,.0f}'[:20], f'{0.5:,}', f'{-0.0:+.1f}', f'{12:+06}', f'{-12:06}', f'{12: 06}')
print(f'{3.0:#g}', f'{3.0:g}', f'{1234.5:#.3g}', f'{0.0001:.2%}', f'{1.5:=+8.2f}')
print(format(10**6, ',d'), format(10**6, '_'), format(-10**6, '>+12,'), format(0, ','), format(999, ','))
