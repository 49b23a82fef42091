x = 1
s = (f'first {x}'
     f'second {x + 1}')
t = f'''
line {x}
  indented {x}'''
