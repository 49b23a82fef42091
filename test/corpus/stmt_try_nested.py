try:
    try:
        a
    except A:
        b
    finally:
        c
except B as e:
    try:
        d
    except:
        raise
