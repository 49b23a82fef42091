x = 1
a = f'{x}'
b = f'value: {x}!'
c = F'{x}{x}'
d = f''
e = f'plain'
f = f"{x}"
