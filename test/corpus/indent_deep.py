if a:
  if b:
    if c:
      if d:
        if e:
          if f:
            g = 1
  h = 2
i = 3
