a=b+c*(d-e)
f(x,y)[z].w
x=[1,2,3][::-1]
y={1:2,3:4}
z=a if b else c
