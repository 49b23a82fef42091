# raise with an instance, a class, and a message with non-ASCII text.
def check(age):
    if age < 0:
        raise ValueError(f'age must be >= 0, got {age} — ✗')
    return age
print(check(5))
check(-1)
