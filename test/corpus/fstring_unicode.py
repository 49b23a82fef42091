x = 'é'
a = f'café {x} ü'
b = f'日本 {x}'
c = f'{x}😀{x}'
