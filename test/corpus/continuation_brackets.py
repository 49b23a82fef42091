x = (1 +
     2)
y = [
    1,
    2
]
z = {
  'a':
     1}
f(a,
  b,
  c=3)
def g(a,
      b):
    pass
